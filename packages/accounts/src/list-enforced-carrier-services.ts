import {
  CarrierServiceListResponseSchema,
  IdParamSchema,
  PageParamSchema,
  PerPageParamSchema,
  paramsObject,
  parseParams,
  type CarrierService,
} from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link listEnforcedCarrierServices}.
 *
 * @example
 * ```ts
 * const params: ListEnforcedCarrierServicesParams = { account_id: 1234, page: 2 }
 * const services = await listEnforcedCarrierServices(client, params)
 * ```
 * @public
 */
export interface ListEnforcedCarrierServicesParams {
  /** The account whose enforced carrier services to list. */
  account_id: number
  /** Which page to return, 1-based. @defaultValue `1` */
  page?: number | undefined
  /** Records per page, 1 to 100. @defaultValue `25` */
  per_page?: number | undefined
}

/** Internal: the parameter schema of {@link listEnforcedCarrierServices}. */
export const ListEnforcedCarrierServicesParamsSchema = /* @__PURE__ */ paramsObject({
  account_id: IdParamSchema,
  page: PageParamSchema,
  per_page: PerPageParamSchema,
})

/**
 * Lists the carrier-level services enforced on an account
 * (`GET /accounts/{account_id}/enforced_carrier_services`, scope `public`); they override
 * any other policy on the line. Works with `paginate`.
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id` and paging.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of carrier services: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const services = await listEnforcedCarrierServices(client, { account_id: 1234 })
 * console.log(services.map((service) => service.code))
 * ```
 * @public
 */
export async function listEnforcedCarrierServices(
  client: RingPlusClient,
  params: ListEnforcedCarrierServicesParams,
  options?: RequestOptions,
): Promise<Page<CarrierService>> {
  const { account_id, ...query } = parseParams(
    ListEnforcedCarrierServicesParamsSchema,
    params,
    'listEnforcedCarrierServices',
  )
  const response = await client.request({
    method: 'GET',
    path: `/accounts/${encodeURIComponent(String(account_id))}/enforced_carrier_services`,
    endpoint: 'GET /accounts/{account_id}/enforced_carrier_services',
    query,
    schema: CarrierServiceListResponseSchema,
    options,
  })
  return toPage(response, response.data.enforced_carrier_services)
}
