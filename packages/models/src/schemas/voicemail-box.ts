import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of an account's voicemail box, as found in {@link AccountDetail}'s `voicemail_box`.
 *
 * @remarks
 * Fields: `id` (use it with the voicemail endpoints), `message_count`, `new_message_count`.
 * Unknown fields are kept.
 *
 * @example
 * ```ts
 * const box = v.parse(VoicemailBoxSchema, { id: 7, message_count: 3, new_message_count: 1 })
 * ```
 * @public
 */
export const VoicemailBoxSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    message_count: v.number(),
    new_message_count: v.number(),
  }))()

/**
 * An account's voicemail box; see {@link VoicemailBoxSchema}.
 *
 * @example
 * ```ts
 * const badge = (box: VoicemailBox) => (box.new_message_count > 0 ? `${box.new_message_count} new` : '')
 * ```
 * @public
 */
export type VoicemailBox = v.InferOutput<typeof VoicemailBoxSchema>
