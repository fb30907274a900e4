import type * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { DeviceChangeRequestSchema } from '../schemas/device-change-request'

/**
 * Schema of the `POST /accounts/{account_id}/device_change_requests` and `GET /device_change_requests/{request_id}` answers: `{"device_change_request": DeviceChangeRequest}` (see {@link DeviceChangeRequestSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { device_change_request } = parseResponse(DeviceChangeRequestResponseSchema, body, 'POST /accounts/{account_id}/device_change_requests')
 * device_change_request.completed
 * ```
 * @public
 */
export const DeviceChangeRequestResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    device_change_request: DeviceChangeRequestSchema,
  }))()

/**
 * The `POST /accounts/{account_id}/device_change_requests` and `GET /device_change_requests/{request_id}` answers; see {@link DeviceChangeRequestResponseSchema}.
 *
 * @example
 * ```ts
 * const unwrap = (response: DeviceChangeRequestResponse) => response.device_change_request
 * ```
 * @public
 */
export type DeviceChangeRequestResponse = v.InferOutput<typeof DeviceChangeRequestResponseSchema>
