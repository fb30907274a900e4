import { ApiError } from './api-error'

/**
 * `404 Not Found`: the resource does not exist or does not belong to the caller.
 *
 * @example
 * ```ts
 * const account = await getAccount(client, { account_id: 9 }).catch((error) => {
 *   if (isNotFoundError(error)) return undefined
 *   throw error
 * })
 * ```
 * @public
 */
export class NotFoundError extends ApiError {
  /** The error's class name. */
  override name = 'NotFoundError'
}
