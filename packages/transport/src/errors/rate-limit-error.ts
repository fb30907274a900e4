import { parseRetryAfter } from '../utils/parse-retry-after'
import { ApiError, type ApiErrorInit } from './api-error'

/**
 * `429 Too Many Requests`: the token's request budget for the current window is spent.
 *
 * @remarks
 * Set `waitOnRateLimit` on the client to wait for the reset instead (GET, PUT and DELETE;
 * a POST is never re-sent).
 *
 * @example
 * ```ts
 * if (isRateLimitError(error)) console.error(`try again in ${error.retryAfter} ms`)
 * ```
 * @public
 */
export class RateLimitError extends ApiError {
  /** The error's class name. */
  override name = 'RateLimitError'
  /** Milliseconds to wait, from `Retry-After` (seconds or an HTTP date) or else `X-Rate-Limit-Reset`. */
  readonly retryAfter: number | undefined
  /** When the window resets, from `X-Rate-Limit-Reset` or else `Retry-After`. */
  readonly reset: Date | undefined

  constructor(init: ApiErrorInit) {
    super(init)
    const now = Date.now()
    const epoch = Number(init.headers?.get('x-rate-limit-reset') || NaN) * 1000
    const retryAfter = parseRetryAfter(init.headers?.get('retry-after'), now) ?? (epoch ? Math.max(0, epoch - now) : undefined)
    this.retryAfter = retryAfter
    this.reset = epoch ? new Date(epoch) : retryAfter === undefined ? undefined : new Date(now + retryAfter)
  }
}
