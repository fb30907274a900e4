import { isRingPlusError } from '@ringplus/models'
import type { RequestFailedError } from './request-failed-error'

/**
 * Whether `value` is a {@link RequestFailedError}, also across realms and duplicated
 * copies of the package (it checks the error's brand and name, not its prototype).
 *
 * @example
 * ```ts
 * if (isRequestFailedError(error)) console.error(error.kind, error.error_message)
 * ```
 * @public
 */
export function isRequestFailedError(value: unknown): value is RequestFailedError {
  return isRingPlusError(value) && value.name === 'RequestFailedError'
}
