import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a carrier service enforced on an account, as
 * `GET /accounts/{account_id}/enforced_carrier_services` lists them.
 *
 * @remarks
 * Fields: `id`, `name`, `code`, `description`, `enforced_on` (`Date`). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const service = v.parse(CarrierServiceSchema, json)
 * console.log(service.code, service.enforced_on.toISOString())
 * ```
 * @public
 */
export const CarrierServiceSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    name: v.string(),
    code: v.string(),
    description: v.string(),
    enforced_on: _timestamp(),
  }))()

/**
 * A carrier service enforced on an account; see {@link CarrierServiceSchema}.
 *
 * @example
 * ```ts
 * const codes = (services: CarrierService[]) => services.map((service) => service.code)
 * ```
 * @public
 */
export type CarrierService = v.InferOutput<typeof CarrierServiceSchema>
