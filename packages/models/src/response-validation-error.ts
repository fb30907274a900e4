import { RingPlusError } from './ringplus-error'
import { _summariseIssues } from './internal/to-validation-issues'
import type { ValidationIssue } from './validation-issue'

/**
 * Thrown when a successful response's body does not match the contract: a missing or
 * wrongly typed field, a malformed timestamp, an unexpected enum value.
 *
 * @remarks
 * The message names the endpoint and the first few issues, e.g.
 * `Invalid response from GET /accounts/{account_id}/phone_calls: phone_calls[3].start_time: expected ISO 8601 timestamp`.
 * Values are never quoted. The raw body is kept on {@link ResponseValidationError.body},
 * which is not enumerable, so it stays out of `toJSON`, `util.inspect` and logs.
 *
 * @example
 * ```ts
 * try {
 *   parseResponse(PhoneCallListResponseSchema, body, 'GET /accounts/{account_id}/phone_calls')
 * } catch (error) {
 *   if (error instanceof ResponseValidationError) console.error(error.issues, error.body)
 * }
 * ```
 * @public
 */
export class ResponseValidationError extends RingPlusError {
  /** Always `'ResponseValidationError'`, also across realms and copies of the SDK. */
  override name = 'ResponseValidationError'

  /** The endpoint template that answered, e.g. `GET /accounts/{account_id}/phone_calls`. */
  readonly endpoint: string

  /** Every problem found, in document order. */
  readonly issues: ValidationIssue[]

  /**
   * The parsed JSON body as received. Not enumerable: readable here, but left out of
   * `toJSON`, `util.inspect` and structured logs, since it may hold personal data.
   */
  declare readonly body: unknown

  /**
   * @param endpoint - The endpoint template, e.g. `GET /users/{user_id}`.
   * @param issues - What did not match (see {@link ValidationIssue}).
   * @param body - The raw body; stored non-enumerable.
   * @param options - `cause`, when validation itself threw.
   */
  constructor(endpoint: string, issues: ValidationIssue[], body: unknown, options?: ErrorOptions) {
    const summary = _summariseIssues(issues)
    super(`Invalid response from ${endpoint}${summary ? `: ${summary}` : ''}`, options)
    this.endpoint = endpoint
    this.issues = issues
    Object.defineProperty(this, 'body', { value: body, enumerable: false, writable: false, configurable: true })
  }
}
