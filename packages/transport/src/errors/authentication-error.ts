import { ApiError } from './api-error'

/**
 * `401 Unauthorized`: the access token is missing, unknown, expired or revoked
 * (`code` is `invalid_token`). Thrown once a refresh-and-replay, if any, did not help.
 *
 * @example
 * ```ts
 * if (isAuthenticationError(error)) await signInAgain()
 * ```
 * @public
 */
export class AuthenticationError extends ApiError {
  /** The error's class name. */
  override name = 'AuthenticationError'
}
