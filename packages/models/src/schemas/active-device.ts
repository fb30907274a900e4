import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of the device active on an account, as found in {@link AccountDetail}'s `active_device`.
 *
 * @remarks
 * Fields: `id`, `model_name`, `esn` (ESN or MEID), `iccid` (optional), `registered_on`
 * (`Date`). `null` on `iccid` is read as absent. Unknown fields are kept. The ESN is not
 * re-checked here: a response is taken as the host's truth (see {@link EsnSchema} for parameters).
 *
 * @example
 * ```ts
 * const device = v.parse(ActiveDeviceSchema, json)
 * console.log(device.model_name, device.esn, device.iccid ?? 'no SIM')
 * ```
 * @public
 */
export const ActiveDeviceSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    model_name: v.string(),
    esn: v.string(),
    iccid: v.optional(v.string()),
    registered_on: _timestamp(),
  }))()

/**
 * The device active on an account; see {@link ActiveDeviceSchema}.
 *
 * @example
 * ```ts
 * const describe = (device: ActiveDevice) => `${device.model_name} (${device.esn})`
 * ```
 * @public
 */
export type ActiveDevice = v.InferOutput<typeof ActiveDeviceSchema>
