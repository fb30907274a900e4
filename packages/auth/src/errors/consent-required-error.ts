import { RingPlusError } from '@ringplus/models'

/**
 * `login` signed in, but the user has not yet authorised this application (or not for these
 * scopes), and `consent: true` was not passed. Ask the user to authorise it once in a browser, or
 * pass `{ consent: true }` if the user has agreed to grant it.
 *
 * @example
 * ```ts
 * try {
 *   await login(auth, email, password)
 * } catch (error) {
 *   if (error instanceof ConsentRequiredError) await login(auth, email, password, { consent: await askUser() })
 * }
 * ```
 * @public
 */
export class ConsentRequiredError extends RingPlusError {
  /** The error's class name. */
  override name = 'ConsentRequiredError'
  /** The consent page (origin and path, no query). */
  readonly url: string
  /** The scopes the application asked for (empty: the server's default). */
  readonly scopes: readonly string[]

  /**
   * @param url - the consent page, without query
   * @param scopes - the requested scopes
   */
  constructor(url: string, scopes: readonly string[]) {
    super(
      `Consent required at ${url}: the user has not authorised this application` +
        `${scopes.length ? ` for ${scopes.join(' ')}` : ''}; pass { consent: true } to grant it`,
    )
    this.url = url
    this.scopes = scopes
  }
}
