import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of the API's first error-body shape: `{"status":"404","error":"Not Found"}`,
 * optionally with a human-readable `message` (contract §3).
 *
 * @remarks
 * `status` is the HTTP status as a string on the wire; a host that sends a number is
 * accepted and the number turned into a string. `null` on `message` is read as absent.
 * Unknown fields are kept.
 *
 * @example
 * ```ts
 * const body = v.parse(StatusErrorBodySchema, { status: '403', error: 'insufficient_scope', message: 'requires the voicemail scope' })
 * console.log(`${body.status} ${body.error}`)
 * ```
 * @public
 */
export const StatusErrorBodySchema = /* @__PURE__ */ (() =>
  _looseObject({
    status: v.union([v.string(), v.pipe(v.number(), v.transform(String))], 'expected string'),
    error: v.string(),
    message: v.optional(v.string()),
  }))()

/**
 * The `{status, error, message?}` error body; see {@link StatusErrorBodySchema}.
 *
 * @example
 * ```ts
 * const describe = (body: StatusErrorBody) => body.message ?? `${body.status} ${body.error}`
 * ```
 * @public
 */
export type StatusErrorBody = v.InferOutput<typeof StatusErrorBodySchema>
