import { IdParamSchema, StringParamSchema, paramsObject, parseParams } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link updateAccount}.
 *
 * @example
 * ```ts
 * const params: UpdateAccountParams = { account_id: 1234, name: 'Work phone' }
 * await updateAccount(client, params)
 * ```
 * @public
 */
export interface UpdateAccountParams {
  /** The account to update. */
  account_id: number
  /** The account's new name (non-empty). */
  name: string
}

/** Internal: the parameter schema of {@link updateAccount}. */
export const UpdateAccountParamsSchema = /* @__PURE__ */ paramsObject({ account_id: IdParamSchema, name: StringParamSchema })

/**
 * Renames an account (`PUT /accounts/{account_id}`, scope `manage`); the body is
 * `{"account":{"name":...}}`.
 *
 * @remarks
 * A token without the `manage` scope is refused with `PermissionError` (403, `scope`
 * `"manage"`); a name the API rejects answers `ValidationError` (422).
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id` and the new `name`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing: resolves once the API answered 204.
 *
 * @example
 * ```ts
 * await updateAccount(client, { account_id: 1234, name: 'Work phone' })
 * ```
 * @public
 */
export async function updateAccount(
  client: RingPlusClient,
  params: UpdateAccountParams,
  options?: RequestOptions,
): Promise<void> {
  const { account_id, name } = parseParams(UpdateAccountParamsSchema, params, 'updateAccount')
  await client.request({
    method: 'PUT',
    path: `/accounts/${encodeURIComponent(String(account_id))}`,
    endpoint: 'PUT /accounts/{account_id}',
    body: { account: { name } },
    options,
  })
}
