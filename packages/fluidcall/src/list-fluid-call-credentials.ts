import {
  FluidCallCredentialListResponseSchema,
  IdParamSchema,
  PageParamSchema,
  PerPageParamSchema,
  paramsObject,
  parseParams,
  type FluidCallCredential,
} from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link listFluidCallCredentials}.
 *
 * @example
 * ```ts
 * const params: ListFluidCallCredentialsParams = { account_id: 1234, per_page: 5 }
 * const credentials = await listFluidCallCredentials(client, params)
 * ```
 * @public
 */
export interface ListFluidCallCredentialsParams {
  /** The account whose FluidCall (SIP) credentials to list. */
  account_id: number
  /** Which page to return, 1-based. @defaultValue `1` */
  page?: number | undefined
  /** Records per page, 1 to 100. @defaultValue `25` */
  per_page?: number | undefined
}

/** Internal: the parameter schema of {@link listFluidCallCredentials}. */
export const ListFluidCallCredentialsParamsSchema = /* @__PURE__ */ paramsObject({
  account_id: IdParamSchema,
  page: PageParamSchema,
  per_page: PerPageParamSchema,
})

/**
 * Lists the FluidCall credentials of an account
 * (`GET /accounts/{account_id}/fluidcall_credentials`, scope `public`): the SIP username,
 * password and host a VoIP phone uses to ring along with the line's handset.
 *
 * @remarks
 * `credential.password` is readable on purpose (a SIP phone needs it) but is redacted from
 * `JSON.stringify` and `util.inspect` output, so logging a credential never leaks it.
 * Another user's account answers `NotFoundError` (404). Works with `paginate`.
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id` and paging.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of credentials: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const [credential] = await listFluidCallCredentials(client, { account_id: 1234 })
 * if (credential) configurePhone(credential.sip_host, credential.username, credential.password)
 * ```
 * @public
 */
export async function listFluidCallCredentials(
  client: RingPlusClient,
  params: ListFluidCallCredentialsParams,
  options?: RequestOptions,
): Promise<Page<FluidCallCredential>> {
  const { account_id, ...query } = parseParams(
    ListFluidCallCredentialsParamsSchema,
    params,
    'listFluidCallCredentials',
  )
  const response = await client.request({
    method: 'GET',
    path: `/accounts/${encodeURIComponent(String(account_id))}/fluidcall_credentials`,
    endpoint: 'GET /accounts/{account_id}/fluidcall_credentials',
    query,
    schema: FluidCallCredentialListResponseSchema,
    options,
  })
  return toPage(response, response.data.fluidcall_credentials)
}
