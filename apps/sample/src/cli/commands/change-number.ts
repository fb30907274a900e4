// `change-number`: give a line a new phone number, optionally waiting for it.
import { parseCommandArgs, parseId, type Command } from '../context'
import { formatPhoneNumber } from '../format/values'
import { pickAccount } from '../pick-account'
import { openSession } from '../session'
import { phoneNumberChangeView } from '../views'
import { waitWithSpinner } from './wait-with-spinner'

/** Help text. */
export const changeNumberHelp = `Usage: ringplus-sample change-number [--account ID] [--wait] [--json]

Files a phone number change for a line (default: your first); the carrier assigns the
new number. --wait polls until it completes (spinner on a terminal).
  --account ID    the line (see \`accounts\`)
  --wait          wait until the request completes; exit code 6 if it fails`

/** Runs `change-number`. */
export const changeNumber: Command = async (context) => {
  const values = parseCommandArgs('change-number', context.args, {
    account: { type: 'string' },
    wait: { type: 'boolean' },
  })
  const accountId = parseId('change-number', 'account', values.account)
  const session = await openSession(context.settings)
  try {
    const { api } = session
    const account = await pickAccount(api, accountId)
    let request = await api.changePhoneNumber({ account_id: account.id })
    context.terminal.line(`  Filed a phone number change for line #${account.id} (now ${formatPhoneNumber(account.phone_number)}):`)
    context.terminal.line(phoneNumberChangeView(request))
    if (values.wait && !request.completed) {
      context.terminal.line()
      request = await waitWithSpinner(api, context.terminal, 'phone_number_change', request.id)
      if (request.phone_number) {
        context.terminal.line(`  Line #${account.id} now has the number ${formatPhoneNumber(request.phone_number)}.`)
      }
    }
    context.emit({ phone_number_change_request: request })
  } finally {
    await session.close()
  }
}
