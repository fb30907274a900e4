import { RingPlusError } from '@ringplus/models'

/**
 * An attempt outlived the client's `timeout`, or the call its `deadline`.
 *
 * @example
 * ```ts
 * if (isTimeoutError(error)) console.error(`gave up after ${error.timeout} ms`)
 * ```
 * @public
 */
export class TimeoutError extends RingPlusError {
  /** The error's class name. */
  override name = 'TimeoutError'
  /** The request method. */
  readonly method: string
  /** The request URL, secret query parameters redacted. */
  readonly url: string
  /** The limit that ran out, in milliseconds. */
  readonly timeout: number

  constructor(method: string, url: string, timeout: number) {
    super(`${method} ${url} timed out after ${timeout} ms`)
    this.method = method
    this.url = url
    this.timeout = timeout
  }
}
