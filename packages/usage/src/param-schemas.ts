// Parameter checks shared by this package's operations. Internal: not listed in index.ts.
// Every message reads after the parameter's name: "per_page: expected an integer from 1 to 100".
// Top-level calls carry `@__PURE__` so bundlers drop what an app does not use (esbuild honours
// valibot's `@__NO_SIDE_EFFECTS__` only within a file). ESN/ICCID checks are models'
// `EsnSchema`/`IccidSchema`, the API's own rules and messages.
import * as v from 'valibot'

const POSITIVE_INTEGER = 'expected a positive integer'

/**
 * A strict parameter object: a missing required parameter, a wrong type and an unknown
 * parameter (a typo such as `only_nwe`) are all errors.
 */
/* @__NO_SIDE_EFFECTS__ */
export function paramsObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? 'is not a known parameter'
      : issue.expected === 'Object'
        ? 'expected an object of parameters'
        : 'is required',
  )
}

const isId = (input: number) => Number.isInteger(input) && input > 0

/** An id: a positive integer (sent as a decimal string in paths). */
export const IdParamSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.number(POSITIVE_INTEGER),
  /* @__PURE__ */ v.check(isId, POSITIVE_INTEGER),
)

/** `page`: 1-based. */
export const PageParamSchema = /* @__PURE__ */ v.optional(IdParamSchema)

const PER_PAGE = 'expected an integer from 1 to 100'

/** `per_page`: 1 to 100 (the API's maximum). */
export const PerPageParamSchema = /* @__PURE__ */ v.optional(
  /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(PER_PAGE),
    /* @__PURE__ */ v.check((input) => isId(input) && input <= 100, PER_PAGE),
  ),
)

// 2016-09-30, 2016-09-30T17:04, 2016-09-30T17:04:05, 2016-09-30T17:04:05.123Z, ...+02:00
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/** A point in time: a valid `Date`, or an ISO 8601 string (sent as given). */
export const DateParamSchema = /* @__PURE__ */ v.custom<Date | string>(
  (input) =>
    input instanceof Date
      ? !Number.isNaN(input.getTime())
      : typeof input === 'string' && ISO_8601.test(input) && !Number.isNaN(Date.parse(input)),
  'expected a Date or an ISO 8601 date/time string',
)
