import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { CarrierServiceSchema } from '../schemas/carrier-service'

/**
 * Schema of the `GET /accounts/{account_id}/enforced_carrier_services` answer: `{"enforced_carrier_services": [CarrierService, ...]}` (see {@link CarrierServiceSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { enforced_carrier_services } = parseResponse(CarrierServiceListResponseSchema, body, 'GET /accounts/{account_id}/enforced_carrier_services')
 * enforced_carrier_services.map((service) => service.code)
 * ```
 * @public
 */
export const CarrierServiceListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    enforced_carrier_services: v.array(CarrierServiceSchema),
  }))()

/**
 * The `GET /accounts/{account_id}/enforced_carrier_services` answer; see {@link CarrierServiceListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: CarrierServiceListResponse) => response.enforced_carrier_services
 * ```
 * @public
 */
export type CarrierServiceListResponse = v.InferOutput<typeof CarrierServiceListResponseSchema>
