import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { PhoneCallSchema } from '../schemas/phone-call'

/**
 * Schema of the `GET /accounts/{account_id}/phone_calls` answer: `{"phone_calls": [PhoneCall, ...]}` (see {@link PhoneCallSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { phone_calls } = parseResponse(PhoneCallListResponseSchema, body, 'GET /accounts/{account_id}/phone_calls')
 * phone_calls.map((call) => call.start_time)
 * ```
 * @public
 */
export const PhoneCallListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    phone_calls: v.array(PhoneCallSchema),
  }))()

/**
 * The `GET /accounts/{account_id}/phone_calls` answer; see {@link PhoneCallListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: PhoneCallListResponse) => response.phone_calls
 * ```
 * @public
 */
export type PhoneCallListResponse = v.InferOutput<typeof PhoneCallListResponseSchema>
