import { RingPlusError } from '@ringplus/models'

/**
 * What an {@link OAuthError} is built from.
 *
 * @example
 * ```ts
 * const details: OAuthErrorDetails = { code: 'invalid_grant', status: 400, method: 'POST', url: tokenUrl }
 * ```
 * @public
 */
export interface OAuthErrorDetails {
  /** The RFC 6749 `error` code, e.g. `invalid_grant`. */
  code: string
  /** The RFC 6749 `error_description`, when the server sent one. */
  description?: string | undefined
  /** The HTTP status of the token endpoint's answer; absent for errors delivered by redirect. */
  status?: number | undefined
  /** The request method, when the error answers a request. */
  method?: string | undefined
  /** The endpoint URL (never carries secrets), when the error answers a request. */
  url?: string | undefined
}

/**
 * An OAuth 2.0 error (RFC 6749 §4.1.2.1 and §5.2): from the token endpoint (`status` set) or from
 * an `error=` redirect back from the authorization endpoint (no `status`). `code` is the RFC's
 * `error`, `description` its `error_description`. A response that is not an OAuth answer at all
 * (HTML from a proxy, a token response without `access_token`) has `code` `invalid_response`.
 *
 * @example
 * ```ts
 * try {
 *   await auth.refreshToken()
 * } catch (error) {
 *   if (error instanceof OAuthError && error.code === 'invalid_grant') redirectToSignIn()
 * }
 * ```
 * @public
 */
export class OAuthError extends RingPlusError {
  /** The error's class name. */
  override name = 'OAuthError'
  /** The RFC 6749 `error` code, e.g. `invalid_grant`, `invalid_client`, `access_denied`. */
  readonly code: string
  /** The RFC 6749 `error_description`, if any. */
  readonly description: string | undefined
  /** The HTTP status, for token-endpoint errors. */
  readonly status: number | undefined
  /** The request method, for token-endpoint errors. */
  readonly method: string | undefined
  /** The endpoint URL, for token-endpoint errors. */
  readonly url: string | undefined

  /**
   * @param details - the error's code, description and request
   * @param message - overrides the message built from `details`
   */
  constructor(details: OAuthErrorDetails, message?: string) {
    const where = details.method && details.url ? `${details.method} ${details.url}` : 'Authorization'
    const status = details.status === undefined ? '' : ` (${details.status})`
    super(message ?? `${where} failed${status}: ${details.code}${details.description ? ` — ${details.description}` : ''}`)
    this.code = details.code
    this.description = details.description
    this.status = details.status
    this.method = details.method
    this.url = details.url
  }
}
