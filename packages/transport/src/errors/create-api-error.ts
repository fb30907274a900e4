import { ApiError, type ApiErrorInit } from './api-error'
import { AuthenticationError } from './authentication-error'
import { BadRequestError } from './bad-request-error'
import { NotFoundError } from './not-found-error'
import { PermissionError } from './permission-error'
import { RateLimitError } from './rate-limit-error'
import { ServerError } from './server-error'
import { ValidationError } from './validation-error'

/** The error class for an HTTP error status (internal). */
export function createApiError(init: ApiErrorInit): ApiError {
  const classes: Record<number, typeof ApiError> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
  }
  const Class = classes[init.status] ?? (init.status >= 500 ? ServerError : ApiError)
  return new Class(init)
}
