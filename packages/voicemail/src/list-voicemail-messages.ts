import {
  BooleanParamSchema,
  IdParamSchema,
  PageParamSchema,
  PerPageParamSchema,
  VoicemailMessageListResponseSchema,
  paramsObject,
  parseParams,
  type VoicemailMessage,
} from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'

/**
 * Parameters of {@link listVoicemailMessages}.
 *
 * @example
 * ```ts
 * const params: ListVoicemailMessagesParams = { voicemail_box_id: 42, only_new: true }
 * const messages = await listVoicemailMessages(client, params)
 * ```
 * @public
 */
export interface ListVoicemailMessagesParams {
  /** The voicemail box to read: `account.voicemail_box.id` from `getAccount`. */
  voicemail_box_id: number
  /** `true`: only messages not listened to yet. @defaultValue `false` (every message) */
  only_new?: boolean | undefined
  /** Which page to return, 1-based. @defaultValue `1` */
  page?: number | undefined
  /** Records per page, 1 to 100. @defaultValue `25` */
  per_page?: number | undefined
}

/** Internal: the parameter schema of {@link listVoicemailMessages}. */
export const ListVoicemailMessagesParamsSchema = /* @__PURE__ */ paramsObject({
  voicemail_box_id: IdParamSchema,
  only_new: /* @__PURE__ */ v.optional(BooleanParamSchema),
  page: PageParamSchema,
  per_page: PerPageParamSchema,
})

/**
 * Lists the messages in a voicemail box
 * (`GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages`, scope `voicemail`),
 * newest first, one page at a time.
 *
 * @remarks
 * A token without the `voicemail` scope is refused with `PermissionError` (403, `scope`
 * `"voicemail"`); another user's box answers `NotFoundError` (404). Parameters are checked
 * before anything is sent (`ParameterValidationError`): a typo such as `only_nwe` is an
 * error, not a silently ignored filter. Works with `paginate`.
 *
 * @param client - The client from `createClient`.
 * @param params - `voicemail_box_id`, optional `only_new` and paging.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of voicemail messages: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const messages = await listVoicemailMessages(client, { voicemail_box_id: 42, only_new: true })
 * for (const message of messages.slice(0, 3)) console.log(message.transcription)
 * ```
 * @public
 */
export async function listVoicemailMessages(
  client: RingPlusClient,
  params: ListVoicemailMessagesParams,
  options?: RequestOptions,
): Promise<Page<VoicemailMessage>> {
  const { voicemail_box_id, ...query } = parseParams(
    ListVoicemailMessagesParamsSchema,
    params,
    'listVoicemailMessages',
  )
  const response = await client.request({
    method: 'GET',
    path: `/voicemail_boxes/${encodeURIComponent(String(voicemail_box_id))}/voicemail_messages`,
    endpoint: 'GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages',
    query,
    schema: VoicemailMessageListResponseSchema,
    options,
  })
  return toPage(response, response.data.voicemail_messages)
}
