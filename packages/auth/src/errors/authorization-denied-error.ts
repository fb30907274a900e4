import { OAuthError } from './oauth-error'

/**
 * The user (or the server on their behalf) refused the authorization: the redirect came back with
 * `error=access_denied`, e.g. the user pressed "Deny" on the consent page.
 *
 * @example
 * ```ts
 * try {
 *   await auth.exchangeCode(request.url, session.oauth)
 * } catch (error) {
 *   if (error instanceof AuthorizationDeniedError) return showMessage('You declined access.')
 *   throw error
 * }
 * ```
 * @public
 */
export class AuthorizationDeniedError extends OAuthError {
  /** The error's class name. */
  override name = 'AuthorizationDeniedError'

  /** @param description - the `error_description` of the redirect, if any */
  constructor(description?: string) {
    super(
      { code: 'access_denied', description },
      `Authorization denied: consent was refused${description ? ` — ${description}` : ''}`,
    )
  }
}
