import * as v from 'valibot'

// 2016-09-30, 2016-09-30T17:04, 2016-09-30T17:04:05, 2016-09-30T17:04:05.123Z, ...+02:00
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * A point-in-time parameter: a valid `Date`, or an ISO 8601 date or date-time string
 * (kept as given). Fails with `expected a Date or an ISO 8601 date/time string`.
 *
 * @example
 * ```ts
 * const ParamsSchema = paramsObject({ start_date: v.optional(DateParamSchema) })
 * parseParams(ParamsSchema, { start_date: '2016-09-01' }, 'listPhoneCalls')
 * ```
 * @public
 */
export const DateParamSchema = /* @__PURE__ */ v.custom<Date | string>(
  (input) =>
    input instanceof Date
      ? !Number.isNaN(input.getTime())
      : typeof input === 'string' && ISO_8601.test(input) && !Number.isNaN(Date.parse(input)),
  'expected a Date or an ISO 8601 date/time string',
)
