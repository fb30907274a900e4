import { inspect } from 'node:util'
import * as v from 'valibot'
import { afterEach, describe, expect, it } from 'vitest'
import {
  AccountResponseSchema,
  PhoneCallListResponseSchema,
  ResponseValidationError,
  isRingPlusError,
  parseResponse,
} from '../src/index'
import * as examples from './fixtures/contract-examples'

const ENDPOINT = 'GET /accounts/{account_id}/phone_calls'

function thrown(run: () => unknown): ResponseValidationError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ResponseValidationError)
    return error as ResponseValidationError
  }
  throw new Error('expected a ResponseValidationError')
}

describe('parseResponse', () => {
  afterEach(() => {
    v.deleteGlobalMessage()
    v.deleteSchemaMessage()
  })

  it('returns the parsed value, typed by the schema', () => {
    const { phone_calls } = parseResponse(PhoneCallListResponseSchema, { phone_calls: [examples.phoneCall()] }, ENDPOINT)
    expect(phone_calls[0]?.start_time).toEqual(new Date('2016-09-30T17:04:05Z'))
    expect(phone_calls[0]?.direction).toBe('outbound')
  })

  it('does not modify the body it was given', () => {
    const body = { phone_calls: [{ ...examples.phoneCall(), extra: null }] }
    const snapshot = structuredClone(body)
    parseResponse(PhoneCallListResponseSchema, body, ENDPOINT)
    expect(body).toEqual(snapshot)
  })

  it('throws a RingPlusError with endpoint, issues and a non-enumerable body', () => {
    const body = { phone_calls: [{ ...examples.phoneCall(), cost: 'free' }] }
    const error = thrown(() => parseResponse(PhoneCallListResponseSchema, body, ENDPOINT))
    expect(isRingPlusError(error)).toBe(true)
    expect(error.name).toBe('ResponseValidationError')
    expect(error.endpoint).toBe(ENDPOINT)
    expect(error.issues).toEqual([{ path: 'phone_calls[0].cost', message: 'expected number' }])
    expect(error.message).toBe(`Invalid response from ${ENDPOINT}: phone_calls[0].cost: expected number`)
    expect(error.body).toBe(body)
    expect(Object.keys(error)).not.toContain('body')
    expect(error.toJSON()).toEqual({
      name: 'ResponseValidationError',
      message: error.message,
      endpoint: ENDPOINT,
      issues: [{ path: 'phone_calls[0].cost', message: 'expected number' }],
    })
  })

  it('lists the first three issues in the message and all of them in issues', () => {
    const calls = [1, 2, 3, 4, 5].map((id) => ({ ...examples.phoneCall(), id, duration: '1m' }))
    const error = thrown(() => parseResponse(PhoneCallListResponseSchema, { phone_calls: calls }, ENDPOINT))
    expect(error.issues.map((issue) => issue.path)).toEqual([0, 1, 2, 3, 4].map((index) => `phone_calls[${index}].duration`))
    expect(error.message).toBe(
      `Invalid response from ${ENDPOINT}: phone_calls[0].duration: expected number; phone_calls[1].duration: expected number; ` +
        'phone_calls[2].duration: expected number (and 2 more)',
    )
  })

  it('names a problem with the whole body without a path', () => {
    const error = thrown(() => parseResponse(PhoneCallListResponseSchema, '<html>502 Bad Gateway</html>', ENDPOINT))
    expect(error.issues).toEqual([{ path: '', message: 'expected object' }])
    expect(error.message).toBe(`Invalid response from ${ENDPOINT}: expected object`)
  })

  it('never shows a value in the message, toJSON or util.inspect', () => {
    const secret = 'hunter2-secret-value'
    const detail = { ...examples.accountDetail(), name: { secret }, email_address: secret, registered_on: secret }
    const device: Record<string, unknown> = detail.active_device
    device['esn'] = 12345678987654
    const error = thrown(() => parseResponse(AccountResponseSchema, { account: detail }, 'GET /accounts/{account_id}'))
    expect(error.issues.map((issue) => issue.path)).toEqual(['account.name', 'account.registered_on', 'account.active_device.esn'])
    for (const text of [error.message, JSON.stringify(error), inspect(error), JSON.stringify(error.issues)]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain('12345678987654')
    }
    expect(JSON.stringify(error.body)).toContain(secret)
  })

  it('ignores valibot messages the application set globally (they may quote values)', () => {
    v.setGlobalMessage((issue) => `bad value ${issue.received}`)
    v.setSchemaMessage((issue) => `bad schema value ${issue.received}`)
    const error = thrown(() => parseResponse(PhoneCallListResponseSchema, { phone_calls: [{ ...examples.phoneCall(), cost: 'free' }] }, ENDPOINT))
    expect(error.issues).toEqual([{ path: 'phone_calls[0].cost', message: 'expected number' }])
  })

  it('uses a message the schema itself sets', () => {
    const schema = v.object({ plan: v.pipe(v.string(), v.minLength(3, 'is too short')) })
    expect(thrown(() => parseResponse(schema, { plan: 'ab' }, 'GET /plans')).issues).toEqual([{ path: 'plan', message: 'is too short' }])
  })

  it('describes valibot issues of schemas it does not know', () => {
    const schema = v.object({
      kind: v.literal('voice'),
      tags: v.array(v.string()),
      when: v.union([v.number(), v.boolean()]),
      'odd key': v.number(),
    })
    const error = thrown(() => parseResponse(schema, { kind: 'data', tags: [1], when: 'now', 'odd key': 'x' }, 'GET /x'))
    expect(error.issues).toEqual([
      { path: 'kind', message: 'expected "voice"' },
      { path: 'tags[0]', message: 'expected string' },
      { path: 'when', message: 'expected number or boolean' },
      { path: '["odd key"]', message: 'expected number' },
    ])
  })

  it('wraps a schema that throws instead of letting the TypeError out', () => {
    const schema = v.pipe(
      v.object({ n: v.number() }),
      v.transform((value): number => (value as unknown as { missing: { deep: number } }).missing.deep),
    )
    const error = thrown(() => parseResponse(schema, { n: 1 }, 'GET /x'))
    expect(error.issues).toEqual([{ path: '', message: 'could not be validated' }])
    expect(error.message).toBe('Invalid response from GET /x: could not be validated')
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(error.toJSON()).not.toHaveProperty('cause')
  })
})
