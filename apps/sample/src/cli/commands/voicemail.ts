// `voicemail`: list a line's messages, or delete one.
import { parseCommandArgs, parseId, type Command } from '../context'
import { pickAccount } from '../pick-account'
import { openSession } from '../session'
import { voicemailView } from '../views'

/** Help text. */
export const voicemailHelp = `Usage: ringplus-sample voicemail [--account ID] [--only-new] [--limit N] [--json]
       ringplus-sample voicemail --delete MESSAGE_ID [--json]

Lists the voicemail messages of a line (default: your first), newest first.
  --account ID    the line (see \`accounts\`)
  --only-new      only messages not listened to yet
  --limit N       at most N messages (default 25)
  --delete ID     delete message ID instead of listing`

/** Runs `voicemail`. */
export const voicemail: Command = async (context) => {
  const values = parseCommandArgs('voicemail', context.args, {
    account: { type: 'string' },
    'only-new': { type: 'boolean' },
    limit: { type: 'string' },
    delete: { type: 'string' },
  })
  const accountId = parseId('voicemail', 'account', values.account)
  const limit = parseId('voicemail', 'limit', values.limit) ?? 25
  const deleteId = parseId('voicemail', 'delete', values.delete)
  const session = await openSession(context.settings)
  try {
    const { api } = session
    if (deleteId !== undefined) {
      await api.deleteVoicemail({ voicemail_message_id: deleteId })
      context.terminal.line(`  Deleted voicemail message #${deleteId}.`)
      context.emit({ deleted: deleteId })
      return
    }
    const account = await pickAccount(api, accountId)
    const detail = await api.getAccount({ account_id: account.id })
    const box = detail.voicemail_box
    const messages = []
    for await (const message of api.paginate(
      api.voicemail,
      { voicemail_box_id: box.id, only_new: values['only-new'] === true ? true : undefined },
      { maxItems: limit, perPage: Math.min(limit, 100) },
    )) {
      messages.push(message)
    }
    context.terminal.line(
      `  Voicemail box #${box.id} of line #${account.id}: ${box.message_count} messages, ${box.new_message_count} new` +
        (values['only-new'] ? ' (showing new only)' : ''),
    )
    context.terminal.line()
    context.terminal.line(voicemailView(messages))
    context.emit({ account_id: account.id, voicemail_box: box, voicemail_messages: messages })
  } finally {
    await session.close()
  }
}
