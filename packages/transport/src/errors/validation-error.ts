import { ErrorListBodySchema, type ErrorListBody } from '@ringplus/models'
import { safeParse } from 'valibot'
import { ApiError, type ApiErrorInit } from './api-error'

/**
 * `422 Unprocessable Entity`: parameters are present but invalid.
 *
 * @example
 * ```ts
 * if (isValidationError(error)) {
 *   for (const { field, message } of error.errors) console.error(field, message)
 * }
 * ```
 * @public
 */
export class ValidationError extends ApiError {
  /** The error's class name. */
  override name = 'ValidationError'
  /** The field errors from the body's `errors[]`: `{ code, field?, message? }` each. */
  readonly errors: ErrorListBody['errors']

  constructor(init: ApiErrorInit) {
    super(init)
    const result = safeParse(ErrorListBodySchema, init.body)
    this.errors = result.success ? result.output.errors : []
  }
}
