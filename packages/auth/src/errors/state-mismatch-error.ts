import { RingPlusError } from '@ringplus/models'

/**
 * The redirect's `state` is missing or differs from the one generated for the request: the
 * redirect may be forged (CSRF) or belong to another sign-in. Raised before any network call; the
 * code is not exchanged.
 *
 * @example
 * ```ts
 * try {
 *   await auth.exchangeCode(callbackUrl, pending)
 * } catch (error) {
 *   if (error instanceof StateMismatchError) return restartSignIn()
 *   throw error
 * }
 * ```
 * @public
 */
export class StateMismatchError extends RingPlusError {
  /** The error's class name. */
  override name = 'StateMismatchError'

  /** @param received - whether the redirect carried a `state` at all */
  constructor(received: boolean) {
    super(
      received
        ? 'The redirect carries a state that does not match the authorization request (possible CSRF); the code was not exchanged'
        : 'The redirect carries no state parameter; the code was not exchanged',
    )
  }
}
