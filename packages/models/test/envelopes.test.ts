import type * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  AccountListResponseSchema,
  AccountRegistrationRequestResponseSchema,
  AccountResponseSchema,
  CarrierServiceListResponseSchema,
  DeviceChangeRequestResponseSchema,
  FluidCallCredentialListResponseSchema,
  PhoneCallListResponseSchema,
  PhoneDataListResponseSchema,
  PhoneNumberChangeRequestResponseSchema,
  PhoneTextListResponseSchema,
  ResponseValidationError,
  UserListResponseSchema,
  UserResponseSchema,
  VoicemailMessageListResponseSchema,
  parseResponse,
} from '../src/index'
import * as examples from './fixtures/contract-examples'

// Contract §7: each endpoint, the envelope schema for its answer, its key, and an item.
const envelopes: { endpoint: string; schema: v.GenericSchema; key: string; item: () => Record<string, unknown>; list: boolean }[] = [
  { endpoint: 'GET /accounts', schema: AccountListResponseSchema, key: 'accounts', item: examples.account, list: true },
  { endpoint: 'GET /users/{user_id}/accounts', schema: AccountListResponseSchema, key: 'accounts', item: examples.account, list: true },
  { endpoint: 'GET /accounts/{account_id}', schema: AccountResponseSchema, key: 'account', item: examples.accountDetail, list: false },
  { endpoint: 'GET /users', schema: UserListResponseSchema, key: 'users', item: examples.user, list: true },
  { endpoint: 'GET /users/{user_id}', schema: UserResponseSchema, key: 'user', item: examples.user, list: false },
  { endpoint: 'GET /accounts/{account_id}/phone_calls', schema: PhoneCallListResponseSchema, key: 'phone_calls', item: examples.phoneCall, list: true },
  { endpoint: 'GET /accounts/{account_id}/phone_texts', schema: PhoneTextListResponseSchema, key: 'phone_texts', item: examples.phoneText, list: true },
  { endpoint: 'GET /accounts/{account_id}/phone_data', schema: PhoneDataListResponseSchema, key: 'phone_data', item: examples.phoneData, list: true },
  {
    endpoint: 'GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages',
    schema: VoicemailMessageListResponseSchema,
    key: 'voicemail_messages',
    item: examples.voicemailMessage,
    list: true,
  },
  {
    endpoint: 'POST /users/{user_id}/account_registration_requests',
    schema: AccountRegistrationRequestResponseSchema,
    key: 'account_registration_request',
    item: examples.accountRegistrationRequest,
    list: false,
  },
  {
    endpoint: 'GET /account_registration_requests/{request_id}',
    schema: AccountRegistrationRequestResponseSchema,
    key: 'account_registration_request',
    item: examples.completedAccountRegistrationRequest,
    list: false,
  },
  {
    endpoint: 'POST /accounts/{account_id}/device_change_requests',
    schema: DeviceChangeRequestResponseSchema,
    key: 'device_change_request',
    item: () => ({ ...examples.deviceChangeRequest(), completed: false, error_message: undefined }),
    list: false,
  },
  {
    endpoint: 'GET /device_change_requests/{request_id}',
    schema: DeviceChangeRequestResponseSchema,
    key: 'device_change_request',
    item: examples.deviceChangeRequest,
    list: false,
  },
  {
    endpoint: 'POST /accounts/{account_id}/phone_number_change_requests',
    schema: PhoneNumberChangeRequestResponseSchema,
    key: 'phone_number_change_request',
    item: () => ({ ...examples.phoneNumberChangeRequest(), completed: false, successful: false, phone_number: undefined }),
    list: false,
  },
  {
    endpoint: 'GET /phone_number_change_requests/{request_id}',
    schema: PhoneNumberChangeRequestResponseSchema,
    key: 'phone_number_change_request',
    item: examples.phoneNumberChangeRequest,
    list: false,
  },
  {
    endpoint: 'GET /accounts/{account_id}/enforced_carrier_services',
    schema: CarrierServiceListResponseSchema,
    key: 'enforced_carrier_services',
    item: examples.carrierService,
    list: true,
  },
  {
    endpoint: 'GET /accounts/{account_id}/fluidcall_credentials',
    schema: FluidCallCredentialListResponseSchema,
    key: 'fluidcall_credentials',
    item: examples.fluidCallCredential,
    list: true,
  },
]

function thrown(run: () => unknown): ResponseValidationError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ResponseValidationError)
    return error as ResponseValidationError
  }
  throw new Error('expected a ResponseValidationError')
}

describe.each(envelopes)('$endpoint', ({ endpoint, schema, key, item, list }) => {
  const body = () => ({ [key]: list ? [item(), { ...item(), id: 999 }] : item() })

  it(`parses {"${key}": ...}`, () => {
    const output = parseResponse(schema, body(), endpoint) as Record<string, unknown>
    if (list) {
      expect(output[key]).toHaveLength(2)
      expect((output[key] as { id: number }[])[1]?.id).toBe(999)
    } else {
      expect((output[key] as { id: number }).id).toBe(item()['id'])
    }
  })

  if (list) {
    it('parses an empty page', () => {
      expect(parseResponse(schema, { [key]: [] }, endpoint)).toEqual({ [key]: [] })
    })
  }

  it('keeps unknown top-level keys', () => {
    const output = parseResponse(schema, { ...body(), meta: { total: 2 } }, endpoint) as Record<string, unknown>
    expect(output['meta']).toEqual({ total: 2 })
  })

  it('requires its key, naming the endpoint', () => {
    const error = thrown(() => parseResponse(schema, { data: body()[key] }, endpoint))
    expect(error.endpoint).toBe(endpoint)
    expect(error.issues).toEqual([{ path: key, message: 'is required' }])
    expect(error.message).toBe(`Invalid response from ${endpoint}: ${key}: is required`)
  })

  it('names the path of a broken item', () => {
    const broken = body()
    const target = (list ? (broken[key] as Record<string, unknown>[])[1] : broken[key]) as Record<string, unknown>
    target['id'] = 'abc'
    const error = thrown(() => parseResponse(schema, broken, endpoint))
    expect(error.issues).toEqual([{ path: list ? `${key}[1].id` : `${key}.id`, message: 'expected positive integer' }])
  })

  it(list ? 'rejects an object where the list should be' : 'rejects a list where the object should be', () => {
    const error = thrown(() => parseResponse(schema, { [key]: list ? item() : [item()] }, endpoint))
    expect(error.issues[0]?.path).toBe(key)
  })
})

describe('the issue example', () => {
  it('reports phone_calls[3].start_time', () => {
    const calls = [1, 2, 3, 4, 5].map((id) => ({ ...examples.phoneCall(), id }))
    calls[3]!.start_time = 'Sep 30 2016'
    const endpoint = 'GET /accounts/{account_id}/phone_calls'
    const error = thrown(() => parseResponse(PhoneCallListResponseSchema, { phone_calls: calls }, endpoint))
    expect(error.message).toBe(
      'Invalid response from GET /accounts/{account_id}/phone_calls: phone_calls[3].start_time: expected ISO 8601 timestamp',
    )
    expect(error.issues).toEqual([{ path: 'phone_calls[3].start_time', message: 'expected ISO 8601 timestamp' }])
  })
})
