import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { PhoneDataSchema } from '../schemas/phone-data'

/**
 * Schema of the `GET /accounts/{account_id}/phone_data` answer: `{"phone_data": [PhoneData, ...]}` (see {@link PhoneDataSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { phone_data } = parseResponse(PhoneDataListResponseSchema, body, 'GET /accounts/{account_id}/phone_data')
 * phone_data.map((record) => record.kilobytes)
 * ```
 * @public
 */
export const PhoneDataListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    phone_data: v.array(PhoneDataSchema),
  }))()

/**
 * The `GET /accounts/{account_id}/phone_data` answer; see {@link PhoneDataListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: PhoneDataListResponse) => response.phone_data
 * ```
 * @public
 */
export type PhoneDataListResponse = v.InferOutput<typeof PhoneDataListResponseSchema>
