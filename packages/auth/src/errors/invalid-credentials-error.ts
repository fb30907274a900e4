import { RingPlusError } from '@ringplus/models'

/**
 * `login` posted the e-mail and password and the sign-in page came back: the credentials were
 * refused. Neither the e-mail nor the password appears in the error.
 *
 * @example
 * ```ts
 * try {
 *   await login(auth, email, password)
 * } catch (error) {
 *   if (error instanceof InvalidCredentialsError) console.error('Wrong e-mail or password')
 * }
 * ```
 * @public
 */
export class InvalidCredentialsError extends RingPlusError {
  /** The error's class name. */
  override name = 'InvalidCredentialsError'
  /** The sign-in page (origin and path, no query). */
  readonly url: string
  /** The HTTP status the refused sign-in was answered with. */
  readonly status: number

  /**
   * @param url - the sign-in page, without query
   * @param status - the status of the answer
   */
  constructor(url: string, status: number) {
    super(`Sign-in refused at POST ${url} (${status}): wrong e-mail or password`)
    this.url = url
    this.status = status
  }
}
