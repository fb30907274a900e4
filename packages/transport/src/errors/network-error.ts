import { RingPlusError } from '@ringplus/models'

/**
 * The request failed below HTTP: DNS, connection refused or reset, a body cut short.
 * The original error is the `cause`.
 *
 * @example
 * ```ts
 * if (isNetworkError(error)) console.error(error.message, error.cause)
 * ```
 * @public
 */
export class NetworkError extends RingPlusError {
  /** The error's class name. */
  override name = 'NetworkError'
  /** The request method. */
  readonly method: string
  /** The request URL, secret query parameters redacted. */
  readonly url: string

  constructor(method: string, url: string, cause: unknown) {
    const { message, cause: inner } = (cause ?? {}) as { message?: string; cause?: { code?: unknown } }
    super(`${method} ${url} failed: ${message ?? 'network error'}${inner?.code ? ` (${String(inner.code)})` : ''}`, { cause })
    this.method = method
    this.url = url
  }
}
