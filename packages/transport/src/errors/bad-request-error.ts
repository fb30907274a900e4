import { ApiError } from './api-error'

/**
 * `400 Bad Request`: a required parameter is missing.
 *
 * @example
 * ```ts
 * if (error instanceof BadRequestError) console.error(error.message)
 * // POST https://api.ringplus.net/accounts/1/device_change_requests failed with 400: param is missing or the value is empty: device_esn
 * ```
 * @public
 */
export class BadRequestError extends ApiError {
  /** The error's class name. */
  override name = 'BadRequestError'
}
