import { AccountRegistrationRequestResponseSchema, parseParams, type AccountRegistrationRequest } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import { GetRequestParamsSchema, type GetRequestParams } from './get-request-params'

/**
 * Reads the current state of an account registration request (`GET /account_registration_requests/{request_id}`, scope
 * `public`): `completed`, `successful` and, when it failed, `error_message`.
 *
 * @remarks
 * To wait for the outcome use {@link waitForRequest} with kind `"account_registration"`, which polls this
 * endpoint with backoff. Another user's request answers `NotFoundError` (404).
 *
 * @param client - The client from `createClient`.
 * @param params - `request_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The request as it is now.
 *
 * @example
 * ```ts
 * const request = await getAccountRegistrationRequest(client, { request_id: 17 })
 * if (request.completed) console.log(request.successful ? 'done' : request.error_message)
 * ```
 * @public
 */
export async function getAccountRegistrationRequest(
  client: RingPlusClient,
  params: GetRequestParams,
  options?: RequestOptions,
): Promise<AccountRegistrationRequest> {
  const { request_id } = parseParams(GetRequestParamsSchema, params, 'getAccountRegistrationRequest')
  const response = await client.request({
    method: 'GET',
    path: `/account_registration_requests/${encodeURIComponent(String(request_id))}`,
    endpoint: 'GET /account_registration_requests/{request_id}',
    schema: AccountRegistrationRequestResponseSchema,
    options,
  })
  return response.data.account_registration_request
}
