import { DeviceChangeRequestResponseSchema, parseParams, type DeviceChangeRequest } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import { GetRequestParamsSchema, type GetRequestParams } from './get-request-params'

/**
 * Reads the current state of a device change request (`GET /device_change_requests/{request_id}`, scope
 * `public`): `completed`, `successful` and, when it failed, `error_message`.
 *
 * @remarks
 * To wait for the outcome use {@link waitForRequest} with kind `"device_change"`, which polls this
 * endpoint with backoff. Another user's request answers `NotFoundError` (404).
 *
 * @param client - The client from `createClient`.
 * @param params - `request_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The request as it is now.
 *
 * @example
 * ```ts
 * const request = await getDeviceChangeRequest(client, { request_id: 17 })
 * if (request.completed) console.log(request.successful ? 'done' : request.error_message)
 * ```
 * @public
 */
export async function getDeviceChangeRequest(
  client: RingPlusClient,
  params: GetRequestParams,
  options?: RequestOptions,
): Promise<DeviceChangeRequest> {
  const { request_id } = parseParams(GetRequestParamsSchema, params, 'getDeviceChangeRequest')
  const response = await client.request({
    method: 'GET',
    path: `/device_change_requests/${encodeURIComponent(String(request_id))}`,
    endpoint: 'GET /device_change_requests/{request_id}',
    schema: DeviceChangeRequestResponseSchema,
    options,
  })
  return response.data.device_change_request
}
