import {
  AccountListResponseSchema,
  EsnSchema,
  IccidSchema,
  PageParamSchema,
  PerPageParamSchema,
  StringParamSchema,
  paramsObject,
  parseParams,
  type Account,
} from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'

/**
 * Filters and paging for {@link listAccounts}. Every filter is optional and matches
 * exactly (the API does no partial or full-text search).
 *
 * @example
 * ```ts
 * const params: ListAccountsParams = { phone_number: '5551234567', per_page: 10 }
 * const accounts = await listAccounts(client, params)
 * ```
 * @public
 */
export interface ListAccountsParams {
  /** Only accounts with this name. */
  name?: string | undefined
  /** Only accounts with this e-mail address. */
  email_address?: string | undefined
  /** Only the account with this phone number, e.g. `"5551234567"`. */
  phone_number?: string | undefined
  /** Only the account whose active device has this ESN (8 hex digits) or MEID (14 hex digits). */
  device_esn?: string | undefined
  /** Only the account whose active device has this ICCID (19–20 digits, Luhn-checked). */
  device_iccid?: string | undefined
  /** Which page to return, 1-based. @defaultValue `1` */
  page?: number | undefined
  /** Records per page, 1 to 100. @defaultValue `25` */
  per_page?: number | undefined
}

/** The account filters, shared with `listUserAccounts`. Internal. */
export const accountFilterEntries = {
  name: /* @__PURE__ */ v.optional(StringParamSchema),
  email_address: /* @__PURE__ */ v.optional(StringParamSchema),
  phone_number: /* @__PURE__ */ v.optional(StringParamSchema),
  device_esn: /* @__PURE__ */ v.optional(EsnSchema),
  device_iccid: /* @__PURE__ */ v.optional(IccidSchema),
  page: PageParamSchema,
  per_page: PerPageParamSchema,
}

/** Internal: the parameter schema of {@link listAccounts}. */
export const ListAccountsParamsSchema = /* @__PURE__ */ paramsObject(accountFilterEntries)

/**
 * Lists every account the signed-in user has access to (`GET /accounts`, scope `public`),
 * one page at a time.
 *
 * @remarks
 * Parameters are checked before anything is sent: a wrong type, an invalid ESN or ICCID,
 * `per_page` outside 1–100 or an unknown filter rejects with a `ParameterValidationError`
 * and no request goes out. Use `paginate(client, listAccounts, params)` to walk every page.
 *
 * @param client - The client from `createClient`.
 * @param params - Filters and paging; all optional.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of accounts: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const accounts = await listAccounts(client, { per_page: 10 })
 * for (const account of accounts) console.log(account.id, account.phone_number)
 * ```
 * @public
 */
export async function listAccounts(
  client: RingPlusClient,
  params?: ListAccountsParams,
  options?: RequestOptions,
): Promise<Page<Account>> {
  const query = parseParams(ListAccountsParamsSchema, params ?? {}, 'listAccounts')
  const response = await client.request({
    method: 'GET',
    path: '/accounts',
    endpoint: 'GET /accounts',
    query,
    schema: AccountListResponseSchema,
    options,
  })
  return toPage(response, response.data.accounts)
}
