import { RingPlusError } from '@ringplus/models'
import type { CarrierRequest, CarrierRequestKind } from './carrier-request-kind'

/**
 * {@link waitForRequest} gave up: the request had not completed within `timeout`
 * milliseconds. The request itself goes on at the carrier; wait again or poll later.
 *
 * @example
 * ```ts
 * try {
 *   await waitForRequest(client, ref, { timeout: 30_000 })
 * } catch (error) {
 *   if (error instanceof WaitForRequestTimeoutError) console.warn('still pending', error.request_id)
 * }
 * ```
 * @public
 */
export class WaitForRequestTimeoutError extends RingPlusError {
  /** Always `"WaitForRequestTimeoutError"`. */
  override name = 'WaitForRequestTimeoutError'
  /** The kind of request waited for. */
  readonly kind: CarrierRequestKind
  /** The id of the request waited for. */
  readonly request_id: number
  /** The time limit that ran out, in milliseconds. */
  readonly timeout: number
  /** The request as last read from the API; `undefined` if no look-up had answered yet. */
  readonly request: CarrierRequest | undefined

  /**
   * @param kind - The request's kind.
   * @param request_id - The request's id.
   * @param timeout - The time limit in milliseconds.
   * @param request - The last state read, if any.
   */
  constructor(kind: CarrierRequestKind, request_id: number, timeout: number, request?: CarrierRequest) {
    super(`Timed out after ${timeout} ms waiting for ${kind} request ${request_id} to complete`)
    this.kind = kind
    this.request_id = request_id
    this.timeout = timeout
    this.request = request
  }
}
