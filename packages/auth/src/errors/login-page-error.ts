import { RingPlusError } from '@ringplus/models'

/**
 * `login` met a page it cannot understand: no sign-in form, an error page (unknown client, bad
 * redirect URI), a redirect off the sign-in origin, or too many redirects. The site may have
 * changed; sign in with the browser flow instead.
 *
 * @example
 * ```ts
 * try {
 *   await login(auth, email, password)
 * } catch (error) {
 *   if (error instanceof LoginPageError) console.error(error.reason, error.status, error.url)
 * }
 * ```
 * @public
 */
export class LoginPageError extends RingPlusError {
  /** The error's class name. */
  override name = 'LoginPageError'
  /** The page (origin and path, no query). */
  readonly url: string
  /** Its HTTP status. */
  readonly status: number
  /** What was wrong with it. */
  readonly reason: string

  /**
   * @param url - the page, without query
   * @param status - its status
   * @param reason - what was wrong, e.g. `no sign-in form`
   */
  constructor(url: string, status: number, reason: string) {
    super(`Cannot understand the sign-in page at ${url} (${status}): ${reason}`)
    this.url = url
    this.status = status
    this.reason = reason
  }
}
