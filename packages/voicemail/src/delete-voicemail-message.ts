import { IdParamSchema, paramsObject, parseParams } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link deleteVoicemailMessage}.
 *
 * @example
 * ```ts
 * const params: DeleteVoicemailMessageParams = { voicemail_message_id: 9001 }
 * await deleteVoicemailMessage(client, params)
 * ```
 * @public
 */
export interface DeleteVoicemailMessageParams {
  /** The message to delete. */
  voicemail_message_id: number
}

/** Internal: the parameter schema of {@link deleteVoicemailMessage}. */
export const DeleteVoicemailMessageParamsSchema = /* @__PURE__ */ paramsObject({ voicemail_message_id: IdParamSchema })

/**
 * Deletes a voicemail message (`DELETE /voicemail_messages/{voicemail_message_id}`, scope
 * `voicemail`).
 *
 * @remarks
 * Deleting a message that is gone, or that is not the caller's, answers `NotFoundError`
 * (404). A token without `voicemail` is refused with `PermissionError` (403).
 *
 * @param client - The client from `createClient`.
 * @param params - `voicemail_message_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing: resolves once the API answered 204.
 *
 * @example
 * ```ts
 * await deleteVoicemailMessage(client, { voicemail_message_id: 9001 })
 * ```
 * @public
 */
export async function deleteVoicemailMessage(
  client: RingPlusClient,
  params: DeleteVoicemailMessageParams,
  options?: RequestOptions,
): Promise<void> {
  const { voicemail_message_id } = parseParams(
    DeleteVoicemailMessageParamsSchema,
    params,
    'deleteVoicemailMessage',
  )
  await client.request({
    method: 'DELETE',
    path: `/voicemail_messages/${encodeURIComponent(String(voicemail_message_id))}`,
    endpoint: 'DELETE /voicemail_messages/{voicemail_message_id}',
    options,
  })
}
