import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  Account,
  ParameterValidationError,
  ResponseValidationError,
  AccountDetail,
  AccountRegistrationRequest,
  BillingSubscription,
  ErrorBody,
  ErrorListBody,
  FluidCallCredential,
  PhoneCall,
  PhoneCallListResponse,
  PhoneNumberChangeRequest,
  PhoneText,
  ShippingAddress,
  StatusErrorBody,
  TokenResponse,
  ValidationIssue,
  VoicemailMessageListResponseSchema,
} from '../src/index'
import { parseParams, parseResponse } from '../src/index'

describe('inferred model types', () => {
  it('turns timestamps into Date', () => {
    expectTypeOf<PhoneCall['start_time']>().toEqualTypeOf<Date>()
    expectTypeOf<PhoneText['occurred_at']>().toEqualTypeOf<Date>()
    expectTypeOf<BillingSubscription['start_date']>().toEqualTypeOf<Date>()
    expectTypeOf<FluidCallCredential['created_at']>().toEqualTypeOf<Date>()
  })

  it('keeps ids, money and flags as numbers and booleans', () => {
    expectTypeOf<Account['id']>().toEqualTypeOf<number>()
    expectTypeOf<Account['balance']>().toEqualTypeOf<number>()
    expectTypeOf<PhoneCall['roaming']>().toEqualTypeOf<boolean>()
  })

  it('narrows enums to their literals', () => {
    expectTypeOf<PhoneCall['direction']>().toEqualTypeOf<'inbound' | 'outbound'>()
    expectTypeOf<PhoneText['message_type']>().toEqualTypeOf<'sms' | 'mms'>()
  })

  it('marks the contract optional fields optional', () => {
    expectTypeOf<ShippingAddress['line2']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<PhoneNumberChangeRequest['phone_number']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<AccountRegistrationRequest['account']>().toEqualTypeOf<Account | undefined>()
    expectTypeOf<TokenResponse['expires_in']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<{ id: 1 }>().not.toExtend<ShippingAddress>()
  })

  it('nests the parts of AccountDetail and keeps unknown fields as unknown', () => {
    expectTypeOf<AccountDetail['active_device']['esn']>().toEqualTypeOf<string>()
    expectTypeOf<AccountDetail['billing_subscriptions']>().toEqualTypeOf<BillingSubscription[]>()
    expectTypeOf<Account['some_future_field']>().toEqualTypeOf<unknown>()
  })

  it('keeps password a plain string on FluidCallCredential', () => {
    expectTypeOf<FluidCallCredential['password']>().toEqualTypeOf<string>()
  })

  it('types error bodies', () => {
    expectTypeOf<StatusErrorBody['status']>().toEqualTypeOf<string>()
    expectTypeOf<ErrorListBody['errors'][number]['code']>().toEqualTypeOf<string | number>()
    expectTypeOf<StatusErrorBody>().toExtend<ErrorBody>()
    expectTypeOf<ErrorListBody>().toExtend<ErrorBody>()
  })

  it('gives parseResponse and parseParams the schema output type', () => {
    expectTypeOf(parseResponse<typeof VoicemailMessageListResponseSchema>).returns.toEqualTypeOf<
      v.InferOutput<typeof VoicemailMessageListResponseSchema>
    >()
    expectTypeOf<PhoneCallListResponse['phone_calls']>().toEqualTypeOf<PhoneCall[]>()
    expectTypeOf(parseParams<v.NumberSchema<undefined>>).returns.toEqualTypeOf<number>()
  })

  it('types the error fields as pinned', () => {
    expectTypeOf<ResponseValidationError['issues']>().toEqualTypeOf<ValidationIssue[]>()
    expectTypeOf<ResponseValidationError['endpoint']>().toEqualTypeOf<string>()
    expectTypeOf<ResponseValidationError['body']>().toEqualTypeOf<unknown>()
    expectTypeOf<ParameterValidationError['operation']>().toEqualTypeOf<string>()
    expectTypeOf<ValidationIssue>().toEqualTypeOf<{ path: string; message: string }>()
  })
})
