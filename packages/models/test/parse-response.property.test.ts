import { inspect } from 'node:util'
import fc from 'fast-check'
import type * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as models from '../src/index'
import { PhoneCallListResponseSchema, ResponseValidationError, parseResponse } from '../src/index'
import * as examples from './fixtures/contract-examples'

// Every schema the package exports, found by name so that a new one is covered automatically.
const schemas = Object.entries(models).filter(([name]) => name.endsWith('Schema')) as [string, v.GenericSchema][]

// A valid body for the main response schemas, to mutate at random places.
const validBodies: [string, v.GenericSchema, unknown][] = [
  ['AccountListResponseSchema', models.AccountListResponseSchema, { accounts: [examples.account(), examples.account()] }],
  ['AccountResponseSchema', models.AccountResponseSchema, { account: examples.accountDetail() }],
  ['UserListResponseSchema', models.UserListResponseSchema, { users: [examples.user()] }],
  ['PhoneCallListResponseSchema', models.PhoneCallListResponseSchema, { phone_calls: [examples.phoneCall(), examples.phoneCall()] }],
  ['PhoneTextListResponseSchema', models.PhoneTextListResponseSchema, { phone_texts: [examples.phoneText()] }],
  ['PhoneDataListResponseSchema', models.PhoneDataListResponseSchema, { phone_data: [examples.phoneData()] }],
  ['VoicemailMessageListResponseSchema', models.VoicemailMessageListResponseSchema, { voicemail_messages: [examples.voicemailMessage()] }],
  [
    'AccountRegistrationRequestResponseSchema',
    models.AccountRegistrationRequestResponseSchema,
    { account_registration_request: examples.completedAccountRegistrationRequest() },
  ],
  ['DeviceChangeRequestResponseSchema', models.DeviceChangeRequestResponseSchema, { device_change_request: examples.deviceChangeRequest() }],
  [
    'PhoneNumberChangeRequestResponseSchema',
    models.PhoneNumberChangeRequestResponseSchema,
    { phone_number_change_request: examples.phoneNumberChangeRequest() },
  ],
  ['CarrierServiceListResponseSchema', models.CarrierServiceListResponseSchema, { enforced_carrier_services: [examples.carrierService()] }],
  ['FluidCallCredentialListResponseSchema', models.FluidCallCredentialListResponseSchema, { fluidcall_credentials: [examples.fluidCallCredential()] }],
  ['TokenResponseSchema', models.TokenResponseSchema, examples.tokenResponse()],
  ['ErrorBodySchema', models.ErrorBodySchema, examples.errorBodies().invalid],
]

const ENDPOINT = 'GET /property'

/** Parses, and checks the only two outcomes allowed: a value, or a well-formed ResponseValidationError. */
function parseOrValidationError(schema: v.GenericSchema, body: unknown): { ok: true } | { ok: false; error: ResponseValidationError } {
  let result: unknown
  try {
    result = parseResponse(schema, body, ENDPOINT)
  } catch (error) {
    expect(error).toBeInstanceOf(ResponseValidationError)
    const failure = error as ResponseValidationError
    expect(failure.endpoint).toBe(ENDPOINT)
    expect(failure.body).toBe(body)
    expect(failure.issues.length).toBeGreaterThan(0)
    for (const issue of failure.issues) {
      expect(typeof issue.path).toBe('string')
      expect(issue.message).toMatch(/^(expected |is required$|is not a valid )/)
    }
    expect(failure.message.startsWith(`Invalid response from ${ENDPOINT}: `)).toBe(true)
    return { ok: false, error: failure }
  }
  // An optional schema (`PageParamSchema`, `PerPageParamSchema`) passes `undefined` through.
  if (schema.type !== 'optional') expect(result).not.toBeUndefined()
  return { ok: true }
}

type Key = string | number

/** Every path to a value inside `value`, the root excluded. */
function pathsOf(value: unknown, prefix: Key[] = []): Key[][] {
  if (value === null || typeof value !== 'object') return []
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value)
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])])
}

function formatPath(path: Key[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('')
}

/** A deep copy of `body` with the value at `path` replaced by `replacement` (or deleted, for `undefined`). */
function mutate(body: unknown, path: Key[], replacement: unknown): unknown {
  const copy = structuredClone(body) as Record<Key, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, unknown>
  const last = path[path.length - 1]!
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last]
  else parent[last] = replacement ?? null
  return copy
}

const MARKER = 'SECRET-MARKER'
const markedJson = fc.oneof(
  fc.jsonValue(),
  fc.string().map((text) => `${MARKER}${text}`),
  fc.array(fc.string().map((text) => `${MARKER}${text}`), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string().map((text) => `${MARKER}${text}`), { maxKeys: 3 }),
  fc.constant(undefined),
)

describe('parseResponse on arbitrary input', () => {
  it.each(schemas)('%s: arbitrary JSON gives a value or a ResponseValidationError, nothing else', (_name, schema) => {
    fc.assert(fc.property(fc.jsonValue(), (body) => void parseOrValidationError(schema, body)), { numRuns: 200 })
  })

  it.each(schemas)('%s: even non-JSON input (Maps, functions, null prototypes) cannot make it throw anything else', (_name, schema) => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true }), (body) => {
        void parseOrValidationError(schema, body)
      }),
      { numRuns: 100 },
    )
  })

  it.each(validBodies)('%s: a value changed anywhere is reported at that path, without quoting it', (_name, schema, valid) => {
    const paths = pathsOf(valid)
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), markedJson, (index, replacement) => {
        const path = paths[index]!
        const outcome = parseOrValidationError(schema, mutate(valid, path, replacement))
        if (outcome.ok) return
        const at = formatPath(path)
        for (const issue of outcome.error.issues) {
          const within = issue.path === at || issue.path.startsWith(`${at}.`) || issue.path.startsWith(`${at}[`)
          // A union is reported where it starts: for ErrorBodySchema, the body as a whole.
          const unionRoot = schema === models.ErrorBodySchema && issue.path === ''
          expect(within || unionRoot, `${issue.path} is not within ${at}`).toBe(true)
        }
        for (const text of [outcome.error.message, JSON.stringify(outcome.error), inspect(outcome.error)]) {
          expect(text).not.toContain(MARKER)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('round-trips valid records: every timestamp becomes the same instant as a Date', () => {
    const isoDate = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    const call = fc.record({
      id: fc.integer({ min: 1 }),
      direction: fc.constantFrom('inbound', 'outbound'),
      originating_phone_number: fc.string(),
      destination_phone_number: fc.string(),
      cost: fc.double({ noNaN: true, noDefaultInfinity: true }),
      start_time: isoDate,
      account_id: fc.integer({ min: 1 }),
      duration: fc.nat(),
      international: fc.boolean(),
      roaming: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(call, { maxLength: 5 }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (calls, offsetMinutes) => {
        const sign = offsetMinutes < 0 ? '-' : '+'
        const abs = Math.abs(offsetMinutes)
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
        // Write each instant in local time at the chosen offset, as a host in that zone would.
        const wire = calls.map((c) => ({
          ...c,
          start_time: new Date(c.start_time.getTime() + offsetMinutes * 60_000).toISOString().replace('Z', offset),
        }))
        const { phone_calls } = parseResponse(PhoneCallListResponseSchema, { phone_calls: wire }, ENDPOINT)
        expect(phone_calls.map((c) => c.start_time.getTime())).toEqual(calls.map((c) => c.start_time.getTime()))
      }),
    )
  })
})
