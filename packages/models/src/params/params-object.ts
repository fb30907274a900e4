import * as v from 'valibot'

/**
 * A strict object schema for an operation's parameters: a missing required parameter, a
 * wrong type and an unknown parameter (a typo such as `only_nwe`) are all errors.
 *
 * @remarks
 * Messages read after the parameter's name: `is required`, `is not a known parameter`,
 * and `expected an object of parameters` when the parameters are not an object at all.
 * Give a top-level call a `@__PURE__` annotation comment so a bundler drops the schema
 * when the operation is not used.
 *
 * @param entries - The parameters' schemas, by wire name.
 * @returns A valibot `strictObject` schema.
 *
 * @example
 * ```ts
 * const GetAccountParamsSchema = paramsObject({ account_id: IdParamSchema })
 * const { account_id } = parseParams(GetAccountParamsSchema, { account_id: 11 }, 'getAccount')
 * ```
 * @public
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
