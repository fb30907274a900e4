import * as v from 'valibot'
import { _isPositiveInteger } from '../internal/is-positive-integer'

const MESSAGE = 'expected an integer from 1 to 100'

/**
 * The optional `per_page` parameter: an integer from 1 to 100 (the API's maximum). Fails
 * with `expected an integer from 1 to 100`.
 *
 * @example
 * ```ts
 * const ParamsSchema = paramsObject({ page: PageParamSchema, per_page: PerPageParamSchema })
 * parseParams(ParamsSchema, { per_page: 100 }, 'listUsers')
 * ```
 * @public
 */
export const PerPageParamSchema = /* @__PURE__ */ v.optional(
  /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(MESSAGE),
    /* @__PURE__ */ v.check((input: number) => _isPositiveInteger(input) && input <= 100, MESSAGE),
  ),
)
