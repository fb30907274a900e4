import { ApiError } from './api-error'

/**
 * A `5xx` status: the server failed. GET, PUT and DELETE are retried on 500, 502, 503
 * and 504 by default before this is thrown.
 *
 * @example
 * ```ts
 * if (isServerError(error)) console.error(`RingPlus is having trouble (${error.status})`)
 * ```
 * @public
 */
export class ServerError extends ApiError {
  /** The error's class name. */
  override name = 'ServerError'
}
