import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a voicemail message, as
 * `GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages` lists them.
 *
 * @remarks
 * Fields: `id`, `transcription`, `received_on` (`Date`), `voicemail_box_id`,
 * `caller_phone_number`, `duration` (seconds), `is_new` (boolean). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const message = v.parse(VoicemailMessageSchema, json)
 * console.log(message.caller_phone_number, message.transcription)
 * ```
 * @public
 */
export const VoicemailMessageSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    transcription: v.string(),
    received_on: _timestamp(),
    voicemail_box_id: _id(),
    caller_phone_number: v.string(),
    duration: v.number(),
    is_new: v.boolean(),
  }))()

/**
 * A voicemail message; see {@link VoicemailMessageSchema}.
 *
 * @example
 * ```ts
 * const unheard = (messages: VoicemailMessage[]) => messages.filter((message) => message.is_new)
 * ```
 * @public
 */
export type VoicemailMessage = v.InferOutput<typeof VoicemailMessageSchema>
