import * as v from 'valibot'
import { ErrorListBodySchema } from './error-list-body'
import { StatusErrorBodySchema } from './status-error-body'

/**
 * Schema of any API error body: {@link StatusErrorBodySchema} (`{status, error, message?}`)
 * or {@link ErrorListBodySchema} (`{errors: [...]}`), tried in that order.
 *
 * @example
 * ```ts
 * const result = v.safeParse(ErrorBodySchema, json)
 * const code = result.success ? ('errors' in result.output ? result.output.errors[0]?.code : result.output.error) : undefined
 * ```
 * @public
 */
export const ErrorBodySchema = /* @__PURE__ */ (() =>
  v.union([StatusErrorBodySchema, ErrorListBodySchema], 'expected {status, error} or {errors: [...]}'))()

/**
 * Any API error body; see {@link ErrorBodySchema}.
 *
 * @example
 * ```ts
 * const isList = (body: ErrorBody): body is ErrorListBody => Array.isArray(body.errors)
 * ```
 * @public
 */
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>
