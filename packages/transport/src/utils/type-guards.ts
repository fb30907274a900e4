// Name-based guards: they work across realms (iframes, workers) and duplicated copies of
// the package, where `instanceof` fails. Each only reads `name` (and `status`), so none
// pulls an error class into a bundle.
import { isRingPlusError } from '@ringplus/models'
import type { ApiError } from '../errors/api-error'
import type { AuthenticationError } from '../errors/authentication-error'
import type { BadRequestError } from '../errors/bad-request-error'
import type { NetworkError } from '../errors/network-error'
import type { NotFoundError } from '../errors/not-found-error'
import type { PermissionError } from '../errors/permission-error'
import type { RateLimitError } from '../errors/rate-limit-error'
import type { ServerError } from '../errors/server-error'
import type { TimeoutError } from '../errors/timeout-error'
import type { ValidationError } from '../errors/validation-error'

const named = (value: unknown, name: string): boolean => isRingPlusError(value) && value.name === name

/**
 * Whether `value` is an {@link ApiError} (any HTTP error status, subclasses included).
 *
 * @example
 * ```ts
 * if (isApiError(error)) console.error(error.status, error.code)
 * ```
 * @public
 */
export function isApiError(value: unknown): value is ApiError {
  return isRingPlusError(value) && typeof (value as { status?: unknown }).status === 'number'
}

/**
 * Whether `value` is a {@link BadRequestError} (400).
 *
 * @example
 * ```ts
 * if (isBadRequestError(error)) console.error(error.message)
 * ```
 * @public
 */
export function isBadRequestError(value: unknown): value is BadRequestError {
  return named(value, 'BadRequestError')
}

/**
 * Whether `value` is an {@link AuthenticationError} (401).
 *
 * @example
 * ```ts
 * if (isAuthenticationError(error)) await signInAgain()
 * ```
 * @public
 */
export function isAuthenticationError(value: unknown): value is AuthenticationError {
  return named(value, 'AuthenticationError')
}

/**
 * Whether `value` is a {@link PermissionError} (403).
 *
 * @example
 * ```ts
 * if (isPermissionError(error)) console.error(`missing scope: ${error.scope}`)
 * ```
 * @public
 */
export function isPermissionError(value: unknown): value is PermissionError {
  return named(value, 'PermissionError')
}

/**
 * Whether `value` is a {@link NotFoundError} (404).
 *
 * @example
 * ```ts
 * if (isNotFoundError(error)) return undefined
 * ```
 * @public
 */
export function isNotFoundError(value: unknown): value is NotFoundError {
  return named(value, 'NotFoundError')
}

/**
 * Whether `value` is a {@link ValidationError} (422).
 *
 * @example
 * ```ts
 * if (isValidationError(error)) console.error(error.errors)
 * ```
 * @public
 */
export function isValidationError(value: unknown): value is ValidationError {
  return named(value, 'ValidationError')
}

/**
 * Whether `value` is a {@link RateLimitError} (429).
 *
 * @example
 * ```ts
 * if (isRateLimitError(error)) console.error(`retry in ${error.retryAfter} ms`)
 * ```
 * @public
 */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return named(value, 'RateLimitError')
}

/**
 * Whether `value` is a {@link ServerError} (5xx).
 *
 * @example
 * ```ts
 * if (isServerError(error)) console.error(error.status)
 * ```
 * @public
 */
export function isServerError(value: unknown): value is ServerError {
  return named(value, 'ServerError')
}

/**
 * Whether `value` is a {@link NetworkError}.
 *
 * @example
 * ```ts
 * if (isNetworkError(error)) console.error(error.cause)
 * ```
 * @public
 */
export function isNetworkError(value: unknown): value is NetworkError {
  return named(value, 'NetworkError')
}

/**
 * Whether `value` is a {@link TimeoutError}.
 *
 * @example
 * ```ts
 * if (isTimeoutError(error)) console.error(`timed out after ${error.timeout} ms`)
 * ```
 * @public
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return named(value, 'TimeoutError')
}
