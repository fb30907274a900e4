import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a text-message record (the contract's "Text"), as
 * `GET /accounts/{account_id}/phone_texts` lists them.
 *
 * @remarks
 * Fields: `id`, `occurred_at` (`Date`), `account_id`, `direction` (`'inbound' | 'outbound'`),
 * `originating_phone_number`, `destination_phone_number`, `message_type` (`'sms' | 'mms'`),
 * `cost` (US dollars). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const text = v.parse(PhoneTextSchema, json)
 * console.log(text.message_type, text.occurred_at.toISOString())
 * ```
 * @public
 */
export const PhoneTextSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    occurred_at: _timestamp(),
    account_id: _id(),
    direction: v.picklist(['inbound', 'outbound']),
    originating_phone_number: v.string(),
    destination_phone_number: v.string(),
    message_type: v.picklist(['sms', 'mms']),
    cost: v.number(),
  }))()

/**
 * A text-message record; see {@link PhoneTextSchema}.
 *
 * @example
 * ```ts
 * const picturesSent = (texts: PhoneText[]) => texts.filter((t) => t.message_type === 'mms' && t.direction === 'outbound').length
 * ```
 * @public
 */
export type PhoneText = v.InferOutput<typeof PhoneTextSchema>
