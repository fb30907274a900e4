import * as v from 'valibot'
import { isValidEsn } from './is-valid-esn'

const MESSAGE = 'is not a valid ESN/MEID'

/**
 * A device ESN (8 hex digits) or MEID (14 hex digits), any letter case; the value is kept
 * as given. Fails with `is not a valid ESN/MEID`, the API's own 422 message.
 *
 * @example
 * ```ts
 * const ParamsSchema = v.object({ device_esn: EsnSchema })
 * parseParams(ParamsSchema, { device_esn: 'A1B2C3D4' }, 'changeDevice')
 * ```
 * @public
 */
export const EsnSchema = /* @__PURE__ */ (() => v.pipe(v.string(MESSAGE), v.check<string, typeof MESSAGE>(isValidEsn, MESSAGE)))()
