import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of a successful `POST /oauth/token` answer (RFC 6749 §5.1).
 *
 * @remarks
 * Fields: `access_token`, `token_type` (`"bearer"`, any letter case), and — optional as
 * in RFC 6749, though the RingPlus host and the sandbox always send them —
 * `expires_in` (seconds), `refresh_token`, `scope` (space-separated), `created_at`
 * (Unix epoch seconds, kept a number as on the wire). `null` on an optional field is read
 * as absent. Unknown fields are kept.
 *
 * The tokens are secrets: never log this object.
 *
 * @example
 * ```ts
 * const tokens = v.parse(TokenResponseSchema, await response.json())
 * const expiresAt = Date.now() + (tokens.expires_in ?? 86_400) * 1000
 * ```
 * @public
 */
export const TokenResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    access_token: v.string(),
    token_type: v.string(),
    expires_in: v.optional(v.number()),
    refresh_token: v.optional(v.string()),
    scope: v.optional(v.string()),
    created_at: v.optional(v.number()),
  }))()

/**
 * A successful token answer; see {@link TokenResponseSchema}.
 *
 * @example
 * ```ts
 * const scopes = (tokens: TokenResponse) => tokens.scope?.split(' ') ?? ['public']
 * ```
 * @public
 */
export type TokenResponse = v.InferOutput<typeof TokenResponseSchema>
