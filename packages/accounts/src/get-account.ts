import { AccountResponseSchema, IdParamSchema, paramsObject, parseParams, type AccountDetail } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link getAccount}.
 *
 * @example
 * ```ts
 * const params: GetAccountParams = { account_id: 1234 }
 * const account = await getAccount(client, params)
 * ```
 * @public
 */
export interface GetAccountParams {
  /** The account to read. */
  account_id: number
}

/** Internal: the parameter schema of {@link getAccount}. */
export const GetAccountParamsSchema = /* @__PURE__ */ paramsObject({ account_id: IdParamSchema })

/**
 * Reads one account in detail (`GET /accounts/{account_id}`, scope `public`): the account
 * plus its services, active device, voicemail box and billing subscriptions.
 *
 * @remarks
 * An account that is not the caller's answers `NotFoundError` (404), the same as one that
 * does not exist.
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The detailed account.
 *
 * @example
 * ```ts
 * const account = await getAccount(client, { account_id: 1234 })
 * console.log(account.phone_number, account.balance, account.voicemail_box.id)
 * ```
 * @public
 */
export async function getAccount(
  client: RingPlusClient,
  params: GetAccountParams,
  options?: RequestOptions,
): Promise<AccountDetail> {
  const { account_id } = parseParams(GetAccountParamsSchema, params, 'getAccount')
  const response = await client.request({
    method: 'GET',
    path: `/accounts/${encodeURIComponent(String(account_id))}`,
    endpoint: 'GET /accounts/{account_id}',
    schema: AccountResponseSchema,
    options,
  })
  return response.data.account
}
