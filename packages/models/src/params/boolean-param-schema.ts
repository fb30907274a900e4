import * as v from 'valibot'

/**
 * A boolean flag parameter: `true` or `false`, nothing truthy or falsy. Fails with
 * `expected true or false`.
 *
 * @example
 * ```ts
 * const ParamsSchema = paramsObject({ only_new: v.optional(BooleanParamSchema) })
 * parseParams(ParamsSchema, { only_new: true }, 'listVoicemailMessages')
 * ```
 * @public
 */
export const BooleanParamSchema = /* @__PURE__ */ v.boolean('expected true or false')
