// Errors and validation entry points.
export { RingPlusError, isRingPlusError } from './ringplus-error'
export type { ValidationIssue } from './validation-issue'
export { ResponseValidationError } from './response-validation-error'
export { ParameterValidationError } from './parameter-validation-error'
export { parseResponse } from './parse-response'
export { parseParams } from './parse-params'

// Wire-format checks shared by the sandbox and the SDK.
export { isValidEsn } from './wire/is-valid-esn'
export { isValidIccid } from './wire/is-valid-iccid'
export { EsnSchema } from './wire/esn-schema'
export { IccidSchema } from './wire/iccid-schema'

// Parameter checks shared by the operations (messages read after the parameter's name).
export { paramsObject } from './params/params-object'
export { IdParamSchema } from './params/id-param-schema'
export { PageParamSchema } from './params/page-param-schema'
export { PerPageParamSchema } from './params/per-page-param-schema'
export { StringParamSchema } from './params/string-param-schema'
export { BooleanParamSchema } from './params/boolean-param-schema'
export { DateParamSchema } from './params/date-param-schema'

// Objects (contract §8).
export { UserSchema, type User } from './schemas/user'
export { ShippingAddressSchema, type ShippingAddress } from './schemas/shipping-address'
export { AccountSchema, type Account } from './schemas/account'
export { AccountDetailSchema, type AccountDetail } from './schemas/account-detail'
export { AccountServiceSchema, type AccountService } from './schemas/account-service'
export { ActiveDeviceSchema, type ActiveDevice } from './schemas/active-device'
export { VoicemailBoxSchema, type VoicemailBox } from './schemas/voicemail-box'
export { BillingSubscriptionSchema, type BillingSubscription } from './schemas/billing-subscription'
export { PhoneCallSchema, type PhoneCall } from './schemas/phone-call'
export { PhoneTextSchema, type PhoneText } from './schemas/phone-text'
export { PhoneDataSchema, type PhoneData } from './schemas/phone-data'
export { VoicemailMessageSchema, type VoicemailMessage } from './schemas/voicemail-message'
export { AccountRegistrationRequestSchema, type AccountRegistrationRequest } from './schemas/account-registration-request'
export { DeviceChangeRequestSchema, type DeviceChangeRequest } from './schemas/device-change-request'
export { PhoneNumberChangeRequestSchema, type PhoneNumberChangeRequest } from './schemas/phone-number-change-request'
export { CarrierServiceSchema, type CarrierService } from './schemas/carrier-service'
export { FluidCallCredentialSchema, type FluidCallCredential } from './schemas/fluid-call-credential'

// OAuth and error bodies (contract §2, §3).
export { TokenResponseSchema, type TokenResponse } from './schemas/token-response'
export { OAuthErrorBodySchema, type OAuthErrorBody } from './schemas/oauth-error-body'
export { StatusErrorBodySchema, type StatusErrorBody } from './schemas/status-error-body'
export { ErrorListBodySchema, type ErrorListBody } from './schemas/error-list-body'
export { ErrorBodySchema, type ErrorBody } from './schemas/error-body'

// Envelopes (contract §7).
export { AccountListResponseSchema, type AccountListResponse } from './envelopes/account-list-response'
export { AccountResponseSchema, type AccountResponse } from './envelopes/account-response'
export { UserListResponseSchema, type UserListResponse } from './envelopes/user-list-response'
export { UserResponseSchema, type UserResponse } from './envelopes/user-response'
export { PhoneCallListResponseSchema, type PhoneCallListResponse } from './envelopes/phone-call-list-response'
export { PhoneTextListResponseSchema, type PhoneTextListResponse } from './envelopes/phone-text-list-response'
export { PhoneDataListResponseSchema, type PhoneDataListResponse } from './envelopes/phone-data-list-response'
export {
  VoicemailMessageListResponseSchema,
  type VoicemailMessageListResponse,
} from './envelopes/voicemail-message-list-response'
export {
  AccountRegistrationRequestResponseSchema,
  type AccountRegistrationRequestResponse,
} from './envelopes/account-registration-request-response'
export { DeviceChangeRequestResponseSchema, type DeviceChangeRequestResponse } from './envelopes/device-change-request-response'
export {
  PhoneNumberChangeRequestResponseSchema,
  type PhoneNumberChangeRequestResponse,
} from './envelopes/phone-number-change-request-response'
export { CarrierServiceListResponseSchema, type CarrierServiceListResponse } from './envelopes/carrier-service-list-response'
export {
  FluidCallCredentialListResponseSchema,
  type FluidCallCredentialListResponse,
} from './envelopes/fluid-call-credential-list-response'
