/**
 * One reason a response or a set of parameters failed validation.
 *
 * @remarks
 * Carries where and what, never the offending value (it could be a secret).
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { path: 'phone_calls[3].start_time', message: 'expected ISO 8601 timestamp' }
 * ```
 * @public
 */
export interface ValidationIssue {
  /**
   * Where the problem is: object keys joined by `.`, array indexes in brackets
   * (`phone_calls[3].start_time`); the empty string for the value as a whole.
   */
  path: string
  /** What is wrong, in a few words: `expected number`, `is required`, `expected one of sms, mms`. */
  message: string
}
