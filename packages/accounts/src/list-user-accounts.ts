import { AccountListResponseSchema, IdParamSchema, paramsObject, parseParams, type Account } from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'
import { accountFilterEntries, type ListAccountsParams } from './list-accounts'

/**
 * Parameters of {@link listUserAccounts}: the user, plus the same optional filters and
 * paging as {@link listAccounts}.
 *
 * @example
 * ```ts
 * const params: ListUserAccountsParams = { user_id: 1, device_esn: 'A1B2C3D4' }
 * const accounts = await listUserAccounts(client, params)
 * ```
 * @public
 */
export interface ListUserAccountsParams extends ListAccountsParams {
  /** The user whose accounts to list. */
  user_id: number
}

/** Internal: the parameter schema of {@link listUserAccounts}. */
export const ListUserAccountsParamsSchema = /* @__PURE__ */ paramsObject({ user_id: IdParamSchema, ...accountFilterEntries })

/**
 * Lists the accounts of one user (`GET /users/{user_id}/accounts`, scope `public`), one
 * page at a time.
 *
 * @remarks
 * Parameters are checked before anything is sent (`ParameterValidationError`, no request).
 * Another user's id answers `NotFoundError` (404). Works with `paginate`.
 *
 * @param client - The client from `createClient`.
 * @param params - `user_id`, optional filters and paging.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of accounts: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const accounts = await listUserAccounts(client, { user_id: 1 })
 * console.log(accounts.map((account) => account.name))
 * ```
 * @public
 */
export async function listUserAccounts(
  client: RingPlusClient,
  params: ListUserAccountsParams,
  options?: RequestOptions,
): Promise<Page<Account>> {
  const { user_id, ...query } = parseParams(ListUserAccountsParamsSchema, params, 'listUserAccounts')
  const response = await client.request({
    method: 'GET',
    path: `/users/${encodeURIComponent(String(user_id))}/accounts`,
    endpoint: 'GET /users/{user_id}/accounts',
    query,
    schema: AccountListResponseSchema,
    options,
  })
  return toPage(response, response.data.accounts)
}
