// `usage`: calls, minutes, texts and data per line over a window (default the last 30 days).
import { CliError, ExitCode } from '../cli-error'
import { parseCommandArgs, parseDate, parseId, type Command } from '../context'
import { formatDate, formatInteger } from '../format/values'
import { listAllAccounts, pickAccount } from '../pick-account'
import { openSession } from '../session'
import { summarizeUsage } from '../usage-summary'
import { usageView } from '../views'

const DAY_MS = 24 * 60 * 60 * 1000

/** Help text. */
export const usageHelp = `Usage: ringplus-sample usage [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--account ID] [--json]

Sums calls (count and minutes), texts and data (MB) per line between --from and --to
(default: the last 30 days), reading every page of records.
  --from DATE     start of the window (inclusive)
  --to DATE       end of the window (default: now)
  --account ID    one line only (default: every line)`

/** Runs `usage`. */
export const usage: Command = async (context) => {
  const values = parseCommandArgs('usage', context.args, {
    from: { type: 'string' },
    to: { type: 'string' },
    account: { type: 'string' },
  })
  const to = parseDate('usage', 'to', values.to) ?? new Date()
  const from = parseDate('usage', 'from', values.from) ?? new Date(to.getTime() - 30 * DAY_MS)
  if (from.getTime() > to.getTime()) {
    throw new CliError(`usage: --from (${formatDate(from)}) is after --to (${formatDate(to)})`, {
      fix: 'swap the dates',
      exitCode: ExitCode.usage,
    })
  }
  const accountId = parseId('usage', 'account', values.account)
  const session = await openSession(context.settings)
  try {
    const accounts = accountId === undefined ? await listAllAccounts(session.api) : [await pickAccount(session.api, accountId)]
    context.terminal.line(`  Usage from ${formatDate(from)} to ${formatDate(to)}:`)
    const summary = await summarizeUsage(session.api, accounts, { from, to }, context.terminal)
    context.terminal.line()
    context.terminal.line(usageView(summary))
    context.terminal.line(`  (${formatInteger(summary.records)} records in ${formatInteger(summary.pages)} pages)`)
    context.emit(summary)
  } finally {
    await session.close()
  }
}
