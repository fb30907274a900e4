import { RingPlusError } from '@ringplus/models'
import type { CarrierRequest, CarrierRequestKind } from './carrier-request-kind'

const LABELS: Record<CarrierRequestKind, string> = {
  account_registration: 'Account registration',
  device_change: 'Device change',
  phone_number_change: 'Phone number change',
}

/**
 * A carrier request completed without success (`completed: true, successful: false`):
 * {@link waitForRequest} rejects with it. `error_message` says why, e.g. the ESN is active
 * on another line or reported lost or stolen.
 *
 * @example
 * ```ts
 * try {
 *   await waitForRequest(client, { kind: 'device_change', id: request.id })
 * } catch (error) {
 *   if (isRequestFailedError(error)) console.error(error.error_message)
 * }
 * ```
 * @public
 */
export class RequestFailedError extends RingPlusError {
  /** Always `"RequestFailedError"`. */
  override name = 'RequestFailedError'
  /** Which kind of request failed. */
  readonly kind: CarrierRequestKind
  /** The failed request's id. */
  readonly request_id: number
  /** The API's reason, from the request's `error_message`; `undefined` when it gave none. */
  readonly error_message: string | undefined
  /** The failed request as last read from the API. */
  readonly request: CarrierRequest

  /**
   * @param kind - The request's kind.
   * @param request - The completed, unsuccessful request.
   */
  constructor(kind: CarrierRequestKind, request: CarrierRequest) {
    const reason = request.error_message
    super(`${LABELS[kind] ?? 'Carrier'} request ${request.id} failed: ${reason ?? 'no reason given'}`)
    this.kind = kind
    this.request_id = request.id
    this.error_message = reason
    this.request = request
  }
}
