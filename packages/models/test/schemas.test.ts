import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  AccountDetailSchema,
  AccountRegistrationRequestSchema,
  AccountSchema,
  AccountServiceSchema,
  ActiveDeviceSchema,
  BillingSubscriptionSchema,
  CarrierServiceSchema,
  DeviceChangeRequestSchema,
  ErrorBodySchema,
  ErrorListBodySchema,
  FluidCallCredentialSchema,
  OAuthErrorBodySchema,
  PhoneCallSchema,
  PhoneDataSchema,
  PhoneNumberChangeRequestSchema,
  PhoneTextSchema,
  ResponseValidationError,
  ShippingAddressSchema,
  StatusErrorBodySchema,
  TokenResponseSchema,
  UserSchema,
  VoicemailBoxSchema,
  VoicemailMessageSchema,
  parseResponse,
} from '../src/index'
import * as examples from './fixtures/contract-examples'

type Example = Record<string, unknown>

/** Every object schema with its contract example and the fields the contract lets it omit. */
const objects: { name: string; schema: v.GenericSchema; example: () => Example; optional: string[] }[] = [
  { name: 'User', schema: UserSchema, example: examples.user, optional: [] },
  { name: 'ShippingAddress', schema: ShippingAddressSchema, example: examples.shippingAddress, optional: ['line2'] },
  { name: 'Account', schema: AccountSchema, example: examples.account, optional: [] },
  { name: 'AccountDetail', schema: AccountDetailSchema, example: examples.accountDetail, optional: [] },
  { name: 'AccountService', schema: AccountServiceSchema, example: examples.accountService, optional: [] },
  { name: 'ActiveDevice', schema: ActiveDeviceSchema, example: examples.activeDevice, optional: ['iccid'] },
  { name: 'VoicemailBox', schema: VoicemailBoxSchema, example: examples.voicemailBox, optional: [] },
  { name: 'BillingSubscription', schema: BillingSubscriptionSchema, example: examples.billingSubscription, optional: [] },
  { name: 'PhoneCall', schema: PhoneCallSchema, example: examples.phoneCall, optional: [] },
  { name: 'PhoneText', schema: PhoneTextSchema, example: examples.phoneText, optional: [] },
  { name: 'PhoneData', schema: PhoneDataSchema, example: examples.phoneData, optional: [] },
  { name: 'VoicemailMessage', schema: VoicemailMessageSchema, example: examples.voicemailMessage, optional: [] },
  {
    name: 'AccountRegistrationRequest (pending)',
    schema: AccountRegistrationRequestSchema,
    example: examples.accountRegistrationRequest,
    optional: ['device_iccid'],
  },
  {
    name: 'AccountRegistrationRequest (completed)',
    schema: AccountRegistrationRequestSchema,
    example: examples.completedAccountRegistrationRequest,
    optional: ['device_iccid', 'account_id', 'account'],
  },
  {
    name: 'DeviceChangeRequest',
    schema: DeviceChangeRequestSchema,
    example: examples.deviceChangeRequest,
    optional: ['error_message', 'account_id'],
  },
  {
    name: 'PhoneNumberChangeRequest',
    schema: PhoneNumberChangeRequestSchema,
    example: examples.phoneNumberChangeRequest,
    optional: ['account_id', 'phone_number'],
  },
  { name: 'CarrierService', schema: CarrierServiceSchema, example: examples.carrierService, optional: [] },
  { name: 'FluidCallCredential', schema: FluidCallCredentialSchema, example: examples.fluidCallCredential, optional: [] },
  {
    name: 'TokenResponse',
    schema: TokenResponseSchema,
    example: examples.tokenResponse,
    optional: ['expires_in', 'refresh_token', 'scope', 'created_at'],
  },
  { name: 'OAuthErrorBody', schema: OAuthErrorBodySchema, example: examples.oauthErrorBody, optional: ['error_description'] },
  { name: 'StatusErrorBody', schema: StatusErrorBodySchema, example: () => examples.errorBodies().badRequest, optional: ['message'] },
  { name: 'ErrorListBody', schema: ErrorListBodySchema, example: () => examples.errorBodies().invalid, optional: [] },
]

const TIMESTAMP_KEYS = /(_on|_at|^start_time|^start_date)$/

/** A value of another JSON type than `value`. */
function wrongTypeFor(key: string, value: unknown): unknown {
  if (key === 'status') return true // a numeric status is accepted (see StatusErrorBodySchema)
  if (typeof value === 'string') return TIMESTAMP_KEYS.test(key) || key === 'direction' || key === 'message_type' ? 'nonsense' : 42
  if (typeof value === 'number') return 'twelve'
  if (typeof value === 'boolean') return 'yes'
  if (Array.isArray(value)) return { not: 'an array' }
  return 'not an object'
}

function issuesOf(schema: v.GenericSchema, body: unknown) {
  try {
    parseResponse(schema, body, 'GET /test')
  } catch (error) {
    expect(error).toBeInstanceOf(ResponseValidationError)
    return (error as ResponseValidationError).issues
  }
  throw new Error('expected the body to be rejected')
}

describe.each(objects)('$name', ({ schema, example, optional }) => {
  it('parses the contract example', () => {
    const result = v.safeParse(schema, example())
    expect(result.issues).toBeUndefined()
    expect(result.success).toBe(true)
  })

  it('turns every timestamp into a Date and keeps everything else as sent', () => {
    const input = example()
    const output = parseResponse(schema, input, 'GET /test') as Example
    for (const [key, value] of Object.entries(input)) {
      if (typeof value === 'string' && TIMESTAMP_KEYS.test(key)) {
        expect(output[key], key).toBeInstanceOf(Date)
        expect((output[key] as Date).getTime(), key).toBe(Date.parse(value))
      } else if (value === null || typeof value !== 'object') {
        expect(output[key], key).toBe(value)
      }
    }
  })

  it('keeps unknown fields', () => {
    const output = parseResponse(schema, { ...example(), future_field: { nested: [1, 'two'] }, flag: null }, 'GET /test') as Example
    expect(output['future_field']).toEqual({ nested: [1, 'two'] })
    expect(output).toHaveProperty('flag', null)
  })

  it('rejects each field of the wrong type, naming the field', () => {
    const input = example()
    for (const [key, value] of Object.entries(input)) {
      const issues = issuesOf(schema, { ...input, [key]: wrongTypeFor(key, value) })
      expect(issues.map((issue) => issue.path), key).toContain(key)
    }
  })

  it('requires every field the contract does not mark optional', () => {
    const input = example()
    for (const key of Object.keys(input)) {
      const { [key]: _removed, ...rest } = input
      if (optional.includes(key)) {
        expect(v.safeParse(schema, rest).success, key).toBe(true)
      } else {
        expect(issuesOf(schema, rest), key).toContainEqual({ path: key, message: 'is required' })
      }
    }
  })

  it('reads null on an optional field as absent, and rejects null on a required one', () => {
    const input = example()
    for (const key of Object.keys(input)) {
      if (optional.includes(key)) {
        const output = parseResponse(schema, { ...input, [key]: null }, 'GET /test') as Example
        expect(Object.hasOwn(output, key), key).toBe(false)
      } else {
        expect(issuesOf(schema, { ...input, [key]: null }).map((issue) => issue.path), key).toContain(key)
      }
    }
  })

  it('rejects a body that is not an object', () => {
    for (const body of [null, 'text', 42, true, [], [example()]]) {
      expect(issuesOf(schema, body)).toEqual([{ path: '', message: 'expected object' }])
    }
  })
})

describe('field messages', () => {
  it('are short and name what was expected', () => {
    const call = { ...examples.phoneCall(), id: -3, direction: 'sideways', cost: '0.10', start_time: 'yesterday', roaming: 'no' }
    expect(issuesOf(PhoneCallSchema, call)).toEqual([
      { path: 'id', message: 'expected positive integer' },
      { path: 'direction', message: 'expected one of inbound, outbound' },
      { path: 'cost', message: 'expected number' },
      { path: 'start_time', message: 'expected ISO 8601 timestamp' },
      { path: 'roaming', message: 'expected boolean' },
    ])
    const text = { ...examples.phoneText(), message_type: 'fax', originating_phone_number: 5125550199 }
    expect(issuesOf(PhoneTextSchema, text)).toEqual([
      { path: 'originating_phone_number', message: 'expected string' },
      { path: 'message_type', message: 'expected one of sms, mms' },
    ])
  })

  it('rejects ids that are not positive integers', () => {
    for (const id of [0, -1, 1.5, '11', Number.NaN]) {
      expect(issuesOf(AccountSchema, { ...examples.account(), id }), String(id)).toEqual([{ path: 'id', message: 'expected positive integer' }])
    }
  })
})

describe('nested objects', () => {
  it('parses AccountDetail parts into their own shapes', () => {
    const detail = parseResponse(AccountDetailSchema, examples.accountDetail(), 'GET /accounts/{account_id}')
    expect(detail.active_device.registered_on).toEqual(new Date('2016-09-30T17:04:05Z'))
    expect(detail.billing_subscriptions[0]?.start_date).toEqual(new Date('2016-09-01T00:00:00Z'))
    expect(detail.billing_subscriptions[0]?.updated_at.getUTCMilliseconds()).toBe(123)
    expect(detail.voicemail_box.new_message_count).toBe(1)
  })

  it('names the full path of a nested failure', () => {
    const detail = examples.accountDetail()
    detail.billing_subscriptions[0]!.price = 'free' as unknown as number
    detail.active_device.registered_on = '30/09/2016'
    expect(issuesOf(AccountDetailSchema, detail)).toEqual([
      { path: 'active_device.registered_on', message: 'expected ISO 8601 timestamp' },
      { path: 'billing_subscriptions[0].price', message: 'expected number' },
    ])
  })

  it('parses the account inside a completed registration', () => {
    const request = parseResponse(AccountRegistrationRequestSchema, examples.completedAccountRegistrationRequest(), 'GET /x')
    expect(request.account?.registered_on).toBeInstanceOf(Date)
    const broken = { ...examples.completedAccountRegistrationRequest(), account: { ...examples.account(), balance: null } }
    expect(issuesOf(AccountRegistrationRequestSchema, broken)).toEqual([{ path: 'account.balance', message: 'expected number' }])
  })
})

describe('error bodies', () => {
  it('parses every error body of contract §3 with ErrorBodySchema', () => {
    for (const [name, body] of Object.entries(examples.errorBodies())) {
      expect(v.safeParse(ErrorBodySchema, body).success, name).toBe(true)
    }
  })

  it('keeps status a string, turning a numeric status into one', () => {
    expect(parseResponse(StatusErrorBodySchema, { status: 404, error: 'Not Found' }, 'GET /x').status).toBe('404')
    expect(parseResponse(StatusErrorBodySchema, { status: '404', error: 'Not Found' }, 'GET /x').status).toBe('404')
    expect(issuesOf(StatusErrorBodySchema, { status: true, error: 'Not Found' })).toEqual([{ path: 'status', message: 'expected string' }])
  })

  it('accepts string and numeric error codes', () => {
    const body = parseResponse(ErrorListBodySchema, examples.errorBodies().rateLimited, 'GET /x')
    expect(body.errors[0]?.code).toBe(88)
    expect(issuesOf(ErrorListBodySchema, { errors: [{ code: false }] })).toEqual([
      { path: 'errors[0].code', message: 'expected string or number' },
    ])
  })

  it('rejects a body of neither shape as a whole', () => {
    expect(issuesOf(ErrorBodySchema, { message: 'oops' })).toEqual([{ path: '', message: 'expected {status, error} or {errors: [...]}' }])
  })
})
