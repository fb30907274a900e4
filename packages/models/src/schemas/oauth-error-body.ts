import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of an OAuth error answer from `POST /oauth/token` (RFC 6749 §5.2):
 * `{"error":"invalid_grant","error_description":"..."}`.
 *
 * @remarks
 * `error` is the RFC's code (`invalid_grant`, `invalid_client`, `invalid_request`,
 * `unsupported_grant_type`, `invalid_scope`, ...); `error_description` and `error_uri`
 * are optional. `null` on an optional field is read as absent. Unknown fields are kept.
 *
 * @example
 * ```ts
 * const body = v.parse(OAuthErrorBodySchema, { error: 'invalid_grant', error_description: 'The code has expired' })
 * if (body.error === 'invalid_grant') startSignIn()
 * ```
 * @public
 */
export const OAuthErrorBodySchema = /* @__PURE__ */ (() =>
  _looseObject({
    error: v.string(),
    error_description: v.optional(v.string()),
    error_uri: v.optional(v.string()),
  }))()

/**
 * An OAuth error answer; see {@link OAuthErrorBodySchema}.
 *
 * @example
 * ```ts
 * const describe = (body: OAuthErrorBody) => body.error_description ?? body.error
 * ```
 * @public
 */
export type OAuthErrorBody = v.InferOutput<typeof OAuthErrorBodySchema>
