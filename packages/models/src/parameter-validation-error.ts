import { RingPlusError } from './ringplus-error'
import { _summariseIssues } from './internal/to-validation-issues'
import type { ValidationIssue } from './validation-issue'

/**
 * Thrown by an operation before any request is sent, when its parameters are invalid
 * (a malformed ESN, a missing required field, a wrong type).
 *
 * @remarks
 * The message names the operation and the first few issues, e.g.
 * `Invalid parameters for changeDevice: device_esn: is not a valid ESN/MEID`.
 * The parameters themselves are not kept (they may include a password).
 *
 * @example
 * ```ts
 * try {
 *   await changeDevice(client, { account_id: 11, device_esn: 'nope' })
 * } catch (error) {
 *   if (error instanceof ParameterValidationError) console.error(error.operation, error.issues)
 * }
 * ```
 * @public
 */
export class ParameterValidationError extends RingPlusError {
  /** Always `'ParameterValidationError'`, also across realms and copies of the SDK. */
  override name = 'ParameterValidationError'

  /** The operation that refused its parameters, e.g. `changeDevice`. */
  readonly operation: string

  /** Every problem found, in document order. */
  readonly issues: ValidationIssue[]

  /**
   * @param operation - The operation's name, e.g. `changeDevice`.
   * @param issues - What is wrong (see {@link ValidationIssue}).
   * @param options - `cause`, when validation itself threw.
   */
  constructor(operation: string, issues: ValidationIssue[], options?: ErrorOptions) {
    const summary = _summariseIssues(issues)
    super(`Invalid parameters for ${operation}${summary ? `: ${summary}` : ''}`, options)
    this.operation = operation
    this.issues = issues
  }
}
