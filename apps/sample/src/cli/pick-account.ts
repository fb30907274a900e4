// Which line a command acts on: `--account ID`, or the user's first line.
import type { Account, RingPlus } from '@ringplus/sdk'
import { CliError, ExitCode } from './cli-error'

/** Every account (line) the signed-in user can see, across all pages. */
export async function listAllAccounts(api: RingPlus): Promise<Account[]> {
  const accounts: Account[] = []
  for await (const account of api.paginate(api.accounts, {}, { perPage: 100, maxItems: 1000 })) accounts.push(account)
  return accounts
}

/** The account `id` (checked to exist), or the user's first account. */
export async function pickAccount(api: RingPlus, id: number | undefined): Promise<Account> {
  const accounts = await listAllAccounts(api)
  const account = id === undefined ? accounts[0] : accounts.find((a) => a.id === id)
  if (account) return account
  if (id === undefined) {
    throw new CliError('this user has no accounts (lines)', { fix: 'sign in as a user with a line', exitCode: ExitCode.api })
  }
  throw new CliError(`no account #${id} among this user's accounts (${accounts.map((a) => a.id).join(', ') || 'none'})`, {
    fix: 'pick an id from `ringplus-sample accounts`',
    exitCode: ExitCode.usage,
  })
}
