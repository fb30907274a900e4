import * as v from 'valibot'
import { IdParamSchema } from './id-param-schema'

/**
 * The optional `page` parameter: a 1-based page number. Fails with
 * `expected a positive integer`.
 *
 * @example
 * ```ts
 * const ParamsSchema = paramsObject({ page: PageParamSchema, per_page: PerPageParamSchema })
 * parseParams(ParamsSchema, { page: 2 }, 'listUsers')
 * ```
 * @public
 */
export const PageParamSchema = /* @__PURE__ */ v.optional(IdParamSchema)
