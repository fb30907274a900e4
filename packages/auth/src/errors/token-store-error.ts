import { RingPlusError } from '@ringplus/models'

/**
 * A token file cannot be read, parsed, written or locked. The message names the file, never its
 * contents.
 *
 * @example
 * ```ts
 * try {
 *   await auth.getToken()
 * } catch (error) {
 *   if (error instanceof TokenStoreError) console.error('fix or delete', error.path)
 * }
 * ```
 * @public
 */
export class TokenStoreError extends RingPlusError {
  /** The error's class name. */
  override name = 'TokenStoreError'
  /** The token file concerned. */
  readonly path: string

  /**
   * @param path - the token file
   * @param problem - what went wrong, e.g. `is not valid JSON`
   * @param cause - the underlying file-system error, if any
   */
  constructor(path: string, problem: string, cause?: unknown) {
    super(`Token file ${path} ${problem}`, cause === undefined ? undefined : { cause })
    this.path = path
  }
}
