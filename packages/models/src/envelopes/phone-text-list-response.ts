import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { PhoneTextSchema } from '../schemas/phone-text'

/**
 * Schema of the `GET /accounts/{account_id}/phone_texts` answer: `{"phone_texts": [PhoneText, ...]}` (see {@link PhoneTextSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { phone_texts } = parseResponse(PhoneTextListResponseSchema, body, 'GET /accounts/{account_id}/phone_texts')
 * phone_texts.filter((text) => text.message_type === 'mms')
 * ```
 * @public
 */
export const PhoneTextListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    phone_texts: v.array(PhoneTextSchema),
  }))()

/**
 * The `GET /accounts/{account_id}/phone_texts` answer; see {@link PhoneTextListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: PhoneTextListResponse) => response.phone_texts
 * ```
 * @public
 */
export type PhoneTextListResponse = v.InferOutput<typeof PhoneTextListResponseSchema>
