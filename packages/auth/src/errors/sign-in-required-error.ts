import { RingPlusError } from '@ringplus/models'

/**
 * No usable token: the store is empty, or its token expired and carries no refresh token. The user
 * must sign in (authorization URL + code exchange, or `login`).
 *
 * @example
 * ```ts
 * try {
 *   await getAccounts(api)
 * } catch (error) {
 *   if (error instanceof SignInRequiredError) return redirect((await auth.authorizationUrl()).url)
 *   throw error
 * }
 * ```
 * @public
 */
export class SignInRequiredError extends RingPlusError {
  /** The error's class name. */
  override name = 'SignInRequiredError'

  /** @param reason - why no token can be supplied */
  constructor(reason: string) {
    super(`Sign-in required: ${reason}`)
  }
}
