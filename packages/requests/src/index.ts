/**
 * RingPlus carrier requests: register a line, change device, change phone number, their status look-ups, and `waitForRequest`.
 *
 * @remarks
 * Plain functions taking a client from `@ringplus/transport` first; bound onto the `RingPlus`
 * facade by `@ringplus/sdk`.
 *
 * @packageDocumentation
 */
export { registerAccount, type RegisterAccountParams } from './register-account'
export { getAccountRegistrationRequest } from './get-account-registration-request'
export { changeDevice, type ChangeDeviceParams } from './change-device'
export { getDeviceChangeRequest } from './get-device-change-request'
export { changePhoneNumber, type ChangePhoneNumberParams } from './change-phone-number'
export { getPhoneNumberChangeRequest } from './get-phone-number-change-request'
export type { GetRequestParams } from './get-request-params'
export {
  waitForRequest,
  type WaitForRequestOptions,
  type WaitForRequestState,
} from './wait-for-request'
export type {
  CarrierRequest,
  CarrierRequestKind,
  CarrierRequestRef,
  CarrierRequestTypes,
} from './carrier-request-kind'
export { RequestFailedError } from './request-failed-error'
export { isRequestFailedError } from './is-request-failed-error'
export { WaitForRequestTimeoutError } from './wait-for-request-timeout-error'
