import * as v from 'valibot'
import { _isPositiveInteger } from '../internal/is-positive-integer'

const MESSAGE = 'expected a positive integer'

/**
 * An id parameter: a positive integer (sent as a decimal string in paths). Fails with
 * `expected a positive integer`.
 *
 * @example
 * ```ts
 * const ParamsSchema = paramsObject({ account_id: IdParamSchema })
 * parseParams(ParamsSchema, { account_id: 11 }, 'getAccount')
 * ```
 * @public
 */
export const IdParamSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.number(MESSAGE),
  /* @__PURE__ */ v.check(_isPositiveInteger, MESSAGE),
)
