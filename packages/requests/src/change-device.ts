import {
  DeviceChangeRequestResponseSchema,
  EsnSchema,
  IccidSchema,
  IdParamSchema,
  paramsObject,
  parseParams,
  type DeviceChangeRequest,
} from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'

/**
 * Parameters of {@link changeDevice}.
 *
 * @example
 * ```ts
 * const params: ChangeDeviceParams = { account_id: 1234, device_esn: 'A1B2C3D4', device_iccid: '89014103211118510720' }
 * const request = await changeDevice(client, params)
 * ```
 * @public
 */
export interface ChangeDeviceParams {
  /** The account (line) that moves to the new device. */
  account_id: number
  /** The new device's ESN (8 hex digits) or MEID (14 hex digits). */
  device_esn: string
  /**
   * The new SIM card's ICCID (19–20 digits, Luhn-checked). Leave it out only when the
   * device has no ICCID; a device that has one will likely fail without it.
   */
  device_iccid?: string | undefined
}

/** Internal: the parameter schema of {@link changeDevice}. */
export const ChangeDeviceParamsSchema = /* @__PURE__ */ paramsObject({
  account_id: IdParamSchema,
  device_esn: EsnSchema,
  device_iccid: /* @__PURE__ */ v.optional(IccidSchema),
})

/**
 * Files a request to move a line to another physical device
 * (`POST /accounts/{account_id}/device_change_requests`, scope `request`). The carrier
 * works on it in the background: poll it with {@link getDeviceChangeRequest} or
 * {@link waitForRequest} (kind `"device_change"`).
 *
 * @remarks
 * The ESN/MEID and ICCID formats are checked locally (`ParameterValidationError`, nothing
 * sent). The request can still fail later, e.g. when the ESN is active on another line or
 * reported lost or stolen: {@link waitForRequest} then rejects with a
 * {@link RequestFailedError}. An account with an unfinished device change answers
 * `ValidationError` (422).
 *
 * @param client - The client from `createClient`.
 * @param params - `account_id`, `device_esn` and, usually, `device_iccid`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The new request, not yet completed.
 *
 * @example
 * ```ts
 * const request = await changeDevice(client, { account_id: 1234, device_esn: 'A1B2C3D4' })
 * const done = await waitForRequest(client, { kind: 'device_change', id: request.id })
 * ```
 * @public
 */
export async function changeDevice(
  client: RingPlusClient,
  params: ChangeDeviceParams,
  options?: RequestOptions,
): Promise<DeviceChangeRequest> {
  const { account_id, device_esn, device_iccid } = parseParams(ChangeDeviceParamsSchema, params, 'changeDevice')
  const response = await client.request({
    method: 'POST',
    path: `/accounts/${encodeURIComponent(String(account_id))}/device_change_requests`,
    endpoint: 'POST /accounts/{account_id}/device_change_requests',
    body: { device_change_request: device_iccid === undefined ? { device_esn } : { device_esn, device_iccid } },
    schema: DeviceChangeRequestResponseSchema,
    options,
  })
  return response.data.device_change_request
}
