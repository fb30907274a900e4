import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { VoicemailMessageSchema } from '../schemas/voicemail-message'

/**
 * Schema of the `GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages` answer: `{"voicemail_messages": [VoicemailMessage, ...]}` (see {@link VoicemailMessageSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { voicemail_messages } = parseResponse(VoicemailMessageListResponseSchema, body, 'GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages')
 * voicemail_messages.filter((message) => message.is_new)
 * ```
 * @public
 */
export const VoicemailMessageListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    voicemail_messages: v.array(VoicemailMessageSchema),
  }))()

/**
 * The `GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages` answer; see {@link VoicemailMessageListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: VoicemailMessageListResponse) => response.voicemail_messages
 * ```
 * @public
 */
export type VoicemailMessageListResponse = v.InferOutput<typeof VoicemailMessageListResponseSchema>
