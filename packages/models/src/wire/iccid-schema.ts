import * as v from 'valibot'
import { isValidIccid } from './is-valid-iccid'

const MESSAGE = 'is not a valid ICCID'

/**
 * A SIM ICCID: 19–20 decimal digits with a valid Luhn check digit. Fails with
 * `is not a valid ICCID`, the API's own 422 message.
 *
 * @example
 * ```ts
 * const ParamsSchema = v.object({ device_iccid: v.optional(IccidSchema) })
 * parseParams(ParamsSchema, { device_iccid: '8901260123456789011' }, 'changeDevice')
 * ```
 * @public
 */
export const IccidSchema = /* @__PURE__ */ (() => v.pipe(v.string(MESSAGE), v.check<string, typeof MESSAGE>(isValidIccid, MESSAGE)))()
