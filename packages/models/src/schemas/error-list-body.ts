import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of the API's second error-body shape: a list of errors, each with a `code`
 * (a string such as `"invalid"`, or a number such as `88` for rate limiting) and
 * optionally the `field` it concerns and a `message` (contract §3).
 *
 * @remarks
 * `null` on `field` or `message` is read as absent. Unknown fields are kept, on the body
 * and on each error.
 *
 * @example
 * ```ts
 * const body = v.parse(ErrorListBodySchema, { errors: [{ code: 'invalid', field: 'device_esn', message: 'is not a valid ESN/MEID' }] })
 * console.log(body.errors[0]?.field)
 * ```
 * @public
 */
export const ErrorListBodySchema = /* @__PURE__ */ (() =>
  _looseObject({
    errors: v.array(
      _looseObject({
        code: v.union([v.string(), v.number()], 'expected string or number'),
        field: v.optional(v.string()),
        message: v.optional(v.string()),
      }),
    ),
  }))()

/**
 * The `{errors: [{code, field?, message?}]}` error body; see {@link ErrorListBodySchema}.
 *
 * @example
 * ```ts
 * const fields = (body: ErrorListBody) => body.errors.map((error) => error.field).filter(Boolean)
 * ```
 * @public
 */
export type ErrorListBody = v.InferOutput<typeof ErrorListBodySchema>
