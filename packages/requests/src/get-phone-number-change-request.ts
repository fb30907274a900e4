import { PhoneNumberChangeRequestResponseSchema, parseParams, type PhoneNumberChangeRequest } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import { GetRequestParamsSchema, type GetRequestParams } from './get-request-params'

/**
 * Reads the current state of a phone number change request (`GET /phone_number_change_requests/{request_id}`, scope
 * `public`): `completed`, `successful` and, when it failed, `error_message`.
 *
 * @remarks
 * To wait for the outcome use {@link waitForRequest} with kind `"phone_number_change"`, which polls this
 * endpoint with backoff. Another user's request answers `NotFoundError` (404).
 *
 * @param client - The client from `createClient`.
 * @param params - `request_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The request as it is now.
 *
 * @example
 * ```ts
 * const request = await getPhoneNumberChangeRequest(client, { request_id: 17 })
 * if (request.completed) console.log(request.successful ? 'done' : request.error_message)
 * ```
 * @public
 */
export async function getPhoneNumberChangeRequest(
  client: RingPlusClient,
  params: GetRequestParams,
  options?: RequestOptions,
): Promise<PhoneNumberChangeRequest> {
  const { request_id } = parseParams(GetRequestParamsSchema, params, 'getPhoneNumberChangeRequest')
  const response = await client.request({
    method: 'GET',
    path: `/phone_number_change_requests/${encodeURIComponent(String(request_id))}`,
    endpoint: 'GET /phone_number_change_requests/{request_id}',
    schema: PhoneNumberChangeRequestResponseSchema,
    options,
  })
  return response.data.phone_number_change_request
}
