import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { _requestEntries } from '../internal/request-entries'

/**
 * Schema of a request to move a line to another device
 * (`POST /accounts/{account_id}/device_change_requests`, polled with `GET /device_change_requests/{request_id}`).
 *
 * @remarks
 * Fields: `id`, `requested_on` (`Date`), `completed`, `successful`, `error_message`
 * (only when it failed, e.g. the ESN is active elsewhere or reported lost/stolen),
 * `account_id` and `account` (optional), and what was submitted: `device_esn`,
 * `device_iccid` (optional). `null` on an optional field is read as absent. Unknown fields are kept.
 *
 * @example
 * ```ts
 * const request = v.parse(DeviceChangeRequestSchema, json)
 * if (request.completed && !request.successful) console.error(request.error_message)
 * ```
 * @public
 */
export const DeviceChangeRequestSchema = /* @__PURE__ */ (() =>
  _looseObject({
    ..._requestEntries(),
    device_esn: v.string(),
    device_iccid: v.optional(v.string()),
  }))()

/**
 * A request to move a line to another device; see {@link DeviceChangeRequestSchema}.
 *
 * @example
 * ```ts
 * const pending = (request: DeviceChangeRequest) => !request.completed
 * ```
 * @public
 */
export type DeviceChangeRequest = v.InferOutput<typeof DeviceChangeRequestSchema>
