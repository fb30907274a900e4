import * as v from 'valibot'

const MESSAGE = 'expected a non-empty string'

/**
 * A string parameter that must not be empty. Fails with `expected a non-empty string`.
 *
 * @example
 * ```ts
 * const ParamsSchema = paramsObject({ email_address: v.optional(StringParamSchema) })
 * parseParams(ParamsSchema, { email_address: 'ann@example.com' }, 'listUsers')
 * ```
 * @public
 */
export const StringParamSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string(MESSAGE),
  /* @__PURE__ */ v.check((input: string) => input.length > 0, MESSAGE),
)
