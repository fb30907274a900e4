import {
  IdParamSchema,
  PhoneNumberChangeRequestResponseSchema,
  paramsObject,
  parseParams,
  type PhoneNumberChangeRequest,
} from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link changePhoneNumber}.
 *
 * @example
 * ```ts
 * const params: ChangePhoneNumberParams = { account_id: 1234 }
 * const request = await changePhoneNumber(client, params)
 * ```
 * @public
 */
export interface ChangePhoneNumberParams {
  /** The account (line) that gets a new phone number. */
  account_id: number
}

/** Internal: the parameter schema of {@link changePhoneNumber}. */
export const ChangePhoneNumberParamsSchema = /* @__PURE__ */ paramsObject({ account_id: IdParamSchema })

/**
 * Files a request to give a line a new phone number
 * (`POST /accounts/{account_id}/phone_number_change_requests`, scope `request`). The number
 * cannot be chosen: the carrier assigns an available one. Poll the request with
 * {@link getPhoneNumberChangeRequest} or {@link waitForRequest} (kind
 * `"phone_number_change"`); once completed it carries the new `phone_number`.
 *
 * @remarks
 * An account with an unfinished number change answers `ValidationError` (422).
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The new request, not yet completed.
 *
 * @example
 * ```ts
 * const request = await changePhoneNumber(client, { account_id: 1234 })
 * const done = await waitForRequest(client, { kind: 'phone_number_change', id: request.id })
 * console.log(done.phone_number)
 * ```
 * @public
 */
export async function changePhoneNumber(
  client: RingPlusClient,
  params: ChangePhoneNumberParams,
  options?: RequestOptions,
): Promise<PhoneNumberChangeRequest> {
  const { account_id } = parseParams(ChangePhoneNumberParamsSchema, params, 'changePhoneNumber')
  const response = await client.request({
    method: 'POST',
    path: `/accounts/${encodeURIComponent(String(account_id))}/phone_number_change_requests`,
    endpoint: 'POST /accounts/{account_id}/phone_number_change_requests',
    schema: PhoneNumberChangeRequestResponseSchema,
    options,
  })
  return response.data.phone_number_change_request
}
