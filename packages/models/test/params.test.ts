// The parameter checks the domain packages share: each kind of bad input gets its own
// message (read after the parameter's name), and paramsObject rejects unknown keys.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  BooleanParamSchema,
  DateParamSchema,
  IdParamSchema,
  PageParamSchema,
  ParameterValidationError,
  PerPageParamSchema,
  StringParamSchema,
  paramsObject,
  parseParams,
  type ValidationIssue,
} from '../src/index'

/** The issues `parseParams` reports for `params` (none when they are valid). */
function issuesOf(schema: v.GenericSchema, params: unknown): ValidationIssue[] {
  try {
    parseParams(schema, params, 'op')
    return []
  } catch (error) {
    expect(error).toBeInstanceOf(ParameterValidationError)
    return (error as ParameterValidationError).issues
  }
}

/** The message a single parameter `value` gets from `schema` (undefined when valid). */
function messageOf(schema: v.GenericSchema, value: unknown): string | undefined {
  const issues = issuesOf(paramsObject({ param: schema }), { param: value })
  expect(issues.length).toBeLessThanOrEqual(1)
  if (issues[0]) expect(issues[0].path).toBe('param')
  return issues[0]?.message
}

describe('paramsObject', () => {
  const ParamsSchema = paramsObject({ account_id: IdParamSchema, only_new: v.optional(BooleanParamSchema) })

  it('returns the parameters when they fit', () => {
    expect(parseParams(ParamsSchema, { account_id: 11, only_new: true }, 'op')).toEqual({ account_id: 11, only_new: true })
    expect(parseParams(ParamsSchema, { account_id: 11 }, 'op')).toEqual({ account_id: 11 })
  })

  it('rejects an unknown parameter (a typo) by name', () => {
    expect(issuesOf(ParamsSchema, { account_id: 11, only_nwe: true })).toEqual([{ path: 'only_nwe', message: 'is not a known parameter' }])
  })

  it('reports a missing required parameter', () => {
    expect(issuesOf(ParamsSchema, { only_new: false })).toEqual([{ path: 'account_id', message: 'is required' }])
  })

  it('rejects parameters that are not an object', () => {
    for (const params of [undefined, null, 11, 'account_id=11']) {
      expect(issuesOf(ParamsSchema, params), String(params)).toEqual([{ path: '', message: 'expected an object of parameters' }])
    }
  })

  it('rejects an array of values: its indexes are unknown parameters', () => {
    const issues = issuesOf(ParamsSchema, [11])
    expect(issues).toContainEqual({ path: 'account_id', message: 'is required' })
    expect(issues.map((issue) => issue.message)).toContain('is not a known parameter')
  })

  it('reports every problem at once, each under its parameter', () => {
    expect(issuesOf(ParamsSchema, { only_new: 'yes', extra: 1 })).toEqual([
      { path: 'account_id', message: 'is required' },
      { path: 'only_new', message: 'expected true or false' },
      { path: 'extra', message: 'is not a known parameter' },
    ])
  })

  it('builds a strict object schema', () => {
    expect(ParamsSchema).toMatchObject({ kind: 'schema', type: 'strict_object', async: false })
  })
})

describe('IdParamSchema', () => {
  it('accepts positive integers', () => {
    for (const id of [1, 11, Number.MAX_SAFE_INTEGER]) expect(messageOf(IdParamSchema, id), String(id)).toBeUndefined()
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '11', null, undefined])('rejects %s', (id) => {
    expect(messageOf(IdParamSchema, id)).toBe('expected a positive integer')
  })
})

describe('PageParamSchema', () => {
  it('accepts a 1-based page or nothing', () => {
    expect(issuesOf(paramsObject({ page: PageParamSchema }), {})).toEqual([])
    for (const page of [1, 2, 500, undefined]) expect(messageOf(PageParamSchema, page), String(page)).toBeUndefined()
  })

  it.each([0, -2, 2.5, '2', null])('rejects %s', (page) => {
    expect(messageOf(PageParamSchema, page)).toBe('expected a positive integer')
  })
})

describe('PerPageParamSchema', () => {
  it('accepts 1 to 100 or nothing', () => {
    expect(issuesOf(paramsObject({ per_page: PerPageParamSchema }), {})).toEqual([])
    for (const perPage of [1, 25, 100, undefined]) expect(messageOf(PerPageParamSchema, perPage), String(perPage)).toBeUndefined()
  })

  it.each([0, 101, 1000, -5, 10.5, Number.NaN, '25', null])('rejects %s', (perPage) => {
    expect(messageOf(PerPageParamSchema, perPage)).toBe('expected an integer from 1 to 100')
  })
})

describe('StringParamSchema', () => {
  it('accepts a non-empty string, kept as given', () => {
    expect(parseParams(paramsObject({ name: StringParamSchema }), { name: ' Ann ' }, 'op')).toEqual({ name: ' Ann ' })
  })

  it.each(['', 11, null, true, ['Ann']])('rejects %j', (value) => {
    expect(messageOf(StringParamSchema, value)).toBe('expected a non-empty string')
  })
})

describe('BooleanParamSchema', () => {
  it('accepts true and false', () => {
    expect(messageOf(BooleanParamSchema, true)).toBeUndefined()
    expect(messageOf(BooleanParamSchema, false)).toBeUndefined()
  })

  it.each(['true', 1, 0, null, 'yes'])('rejects truthy or falsy %j', (value) => {
    expect(messageOf(BooleanParamSchema, value)).toBe('expected true or false')
  })
})

describe('DateParamSchema', () => {
  it.each([
    '2016-09-30',
    '2016-09-30T17:04',
    '2016-09-30T17:04:05',
    '2016-09-30T17:04:05.123Z',
    '2016-09-30T17:04:05+02:00',
    '2016-09-30T17:04:05-0700',
  ])('accepts the ISO 8601 string %s, kept as given', (value) => {
    expect(parseParams(paramsObject({ start_date: DateParamSchema }), { start_date: value }, 'op')).toEqual({ start_date: value })
  })

  it('accepts a valid Date, kept as the same object', () => {
    const date = new Date('2016-09-30T17:04:05Z')
    expect(parseParams(paramsObject({ start_date: DateParamSchema }), { start_date: date }, 'op').start_date).toBe(date)
  })

  it.each([
    ['an invalid Date', new Date(Number.NaN)],
    ['a date in another format', '09/30/2016'],
    ['a month that does not exist', '2016-13-01'],
    ['a time without a date', '17:04:05'],
    ['text after the date', '2016-09-30 and later'],
    ['an empty string', ''],
    ['epoch milliseconds', 1475255045000],
    ['null', null],
  ])('rejects %s', (_label, value) => {
    expect(messageOf(DateParamSchema, value)).toBe('expected a Date or an ISO 8601 date/time string')
  })
})

describe('messages', () => {
  it('never quote the value (parameters can hold secrets)', () => {
    const secret = 'hunter2-secret'
    const ParamsSchema = paramsObject({ account_id: IdParamSchema, name: StringParamSchema, only_new: BooleanParamSchema, start_date: DateParamSchema })
    const issues = issuesOf(ParamsSchema, { account_id: secret, name: 0, only_new: secret, start_date: secret, [secret]: 1 })
    expect(issues).toHaveLength(5)
    for (const issue of issues) expect(issue.message).not.toContain(secret)
  })
})
