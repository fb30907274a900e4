// `accounts`: the signed-in user's lines.
import { parseCommandArgs, type Command } from '../context'
import { openSession } from '../session'
import { accountsView } from '../views'
import { listAllAccounts } from '../pick-account'

/** Help text. */
export const accountsHelp = `Usage: ringplus-sample accounts [--json]

Lists the signed-in user's accounts (lines): id, name, phone number, balance.`

/** Runs `accounts`. */
export const accounts: Command = async (context) => {
  parseCommandArgs('accounts', context.args, {})
  const session = await openSession(context.settings)
  try {
    const list = await listAllAccounts(session.api)
    context.terminal.line(accountsView(list))
    context.emit({ accounts: list })
  } finally {
    await session.close()
  }
}
