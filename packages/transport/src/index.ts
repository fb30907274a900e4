// The public surface of @ringplus/transport, listed by hand.
export { createClient } from './core/create-client'
export type { ClientOptions } from './client-options'
export type {
  ApiRequest,
  ApiResponse,
  AuthProvider,
  HttpMethod,
  QueryValue,
  RateLimitState,
  RequestOptions,
  RingPlusClient,
} from './types'
export type {
  AfterResponseState,
  BeforeErrorState,
  BeforeRequestState,
  BeforeRetryState,
  Hooks,
  RateLimitHitState,
} from './hooks'
export type { LogEvent, Logger, RateLimitWaitLogEvent, ResponseLogEvent, RetryLogEvent } from './logger'
export { formatLogEvent } from './logging/format-log-event'
export { createConsoleLogger } from './logging/create-console-logger'

export { ApiError, type ApiErrorInit } from './errors/api-error'
export { BadRequestError } from './errors/bad-request-error'
export { AuthenticationError } from './errors/authentication-error'
export { PermissionError } from './errors/permission-error'
export { NotFoundError } from './errors/not-found-error'
export { ValidationError } from './errors/validation-error'
export { RateLimitError } from './errors/rate-limit-error'
export { ServerError } from './errors/server-error'
export { NetworkError } from './errors/network-error'
export { TimeoutError } from './errors/timeout-error'
export {
  isApiError,
  isAuthenticationError,
  isBadRequestError,
  isNetworkError,
  isNotFoundError,
  isPermissionError,
  isRateLimitError,
  isServerError,
  isTimeoutError,
  isValidationError,
} from './utils/type-guards'

export type { Page, PageInfo } from './pagination/page'
export { toPage } from './pagination/to-page'
export { paginate, type ListFunction, type PageParams, type PaginateOptions, type Paginated } from './pagination/paginate'

export type { CachedResponse, ResponseCache } from './cache/response-cache'
export { createMemoryCache, type MemoryCacheOptions } from './cache/create-memory-cache'
