import { PhoneTextListResponseSchema, parseParams, type PhoneText } from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'
import { ListUsageParamsSchema, type ListUsageParams } from './list-usage-params'

/**
 * Lists an account's text message records (`GET /accounts/{account_id}/phone_texts`, scope `public`),
 * newest first, one page at a time.
 *
 * @remarks
 * `start_date`/`end_date` narrow the window; a malformed date, a non-positive id,
 * `per_page` outside 1–100 or an unknown parameter rejects with a
 * `ParameterValidationError` before anything is sent. Another user's account answers
 * `NotFoundError` (404). Use `paginate(client, listPhoneTexts, params)` to walk every page.
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id`, optional `start_date`/`end_date` and paging.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of text message records: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const page = await listPhoneTexts(client, { account_id: 1234, start_date: new Date('2016-09-01') })
 * console.log(page.length, page.pagination.nextPage)
 * ```
 * @public
 */
export async function listPhoneTexts(
  client: RingPlusClient,
  params: ListUsageParams,
  options?: RequestOptions,
): Promise<Page<PhoneText>> {
  const { account_id, ...query } = parseParams(ListUsageParamsSchema, params, 'listPhoneTexts')
  const response = await client.request({
    method: 'GET',
    path: `/accounts/${encodeURIComponent(String(account_id))}/phone_texts`,
    endpoint: 'GET /accounts/{account_id}/phone_texts',
    query,
    schema: PhoneTextListResponseSchema,
    options,
  })
  return toPage(response, response.data.phone_texts)
}
