import type { Db } from '../db/open-database'
import { isoFromSeconds } from '../util/time'

interface MessageRow {
  id: number
  voicemail_box_id: number
  caller_phone_number: string
  transcription: string
  received_on: number
  duration: number
  is_new: number
}

function messageJson(row: MessageRow): Record<string, unknown> {
  return {
    id: row.id,
    voicemail_box_id: row.voicemail_box_id,
    caller_phone_number: row.caller_phone_number,
    transcription: row.transcription,
    received_on: isoFromSeconds(row.received_on),
    duration: row.duration,
    is_new: row.is_new === 1,
  }
}

/** Creates the voicemail store over `db`. Every lookup is scoped to the owning user. */
export function createVoicemailStore(db: Db) {
  const ownedBox = db.prepare(
    'SELECT b.id FROM voicemail_boxes b JOIN accounts a ON a.id = b.account_id WHERE b.id = ? AND a.user_id = ?',
  ).pluck()
  const list = db.prepare(
    `SELECT * FROM voicemail_messages WHERE voicemail_box_id = :box AND (:only_new = 0 OR is_new = 1)
     ORDER BY received_on DESC, id DESC LIMIT :limit OFFSET :offset`,
  )
  const count = db.prepare(
    'SELECT COUNT(*) FROM voicemail_messages WHERE voicemail_box_id = :box AND (:only_new = 0 OR is_new = 1)',
  ).pluck()
  const ownedMessage = db.prepare(
    `SELECT m.id FROM voicemail_messages m JOIN voicemail_boxes b ON b.id = m.voicemail_box_id
     JOIN accounts a ON a.id = b.account_id WHERE m.id = ? AND a.user_id = ?`,
  ).pluck()
  const remove = db.prepare('DELETE FROM voicemail_messages WHERE id = ?')

  return {
    ownsBox: (boxId: number, userId: number) => ownedBox.get(boxId, userId) !== undefined,
    list(boxId: number, onlyNew: boolean, limit: number, offset: number) {
      const bind = { box: boxId, only_new: onlyNew ? 1 : 0 }
      return {
        total: count.get(bind) as number,
        items: (list.all({ ...bind, limit, offset }) as MessageRow[]).map(messageJson),
      }
    },
    /** Deletes a message the user owns; false when absent or not theirs. */
    delete(messageId: number, userId: number): boolean {
      if (ownedMessage.get(messageId, userId) === undefined) return false
      return remove.run(messageId).changes === 1
    },
  }
}

/** The voicemail store's type. */
export type VoicemailStore = ReturnType<typeof createVoicemailStore>
