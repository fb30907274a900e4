import type { AccountRegistrationRequest, DeviceChangeRequest, PhoneNumberChangeRequest } from '@ringplus/models'

/**
 * The three kinds of carrier request, each with its own status endpoint, mapped to the
 * model a status look-up returns.
 *
 * @example
 * ```ts
 * type Done = CarrierRequestTypes['device_change'] // DeviceChangeRequest
 * ```
 * @public
 */
export interface CarrierRequestTypes {
  /** Filed by `registerAccount`; polled at `GET /account_registration_requests/{id}`. */
  account_registration: AccountRegistrationRequest
  /** Filed by `changeDevice`; polled at `GET /device_change_requests/{id}`. */
  device_change: DeviceChangeRequest
  /** Filed by `changePhoneNumber`; polled at `GET /phone_number_change_requests/{id}`. */
  phone_number_change: PhoneNumberChangeRequest
}

/**
 * The kind of a carrier request: `"account_registration"`, `"device_change"` or
 * `"phone_number_change"`.
 *
 * @example
 * ```ts
 * const kind: CarrierRequestKind = 'device_change'
 * ```
 * @public
 */
export type CarrierRequestKind = keyof CarrierRequestTypes

/**
 * Any carrier request model.
 *
 * @example
 * ```ts
 * function describe(request: CarrierRequest) {
 *   return request.completed ? (request.successful ? 'done' : 'failed') : 'pending'
 * }
 * ```
 * @public
 */
export type CarrierRequest = CarrierRequestTypes[CarrierRequestKind]

/**
 * Names a carrier request for {@link waitForRequest}: its kind and id. The value a
 * POST resolved to can be spread into it: `{ kind: 'device_change', ...request }`.
 *
 * @example
 * ```ts
 * const target: CarrierRequestRef<'device_change'> = { kind: 'device_change', id: request.id }
 * ```
 * @public
 */
export interface CarrierRequestRef<TKind extends CarrierRequestKind = CarrierRequestKind> {
  /** Which status endpoint to poll. */
  kind: TKind
  /** The request's id. */
  id: number
}
