// `tour`: the README's main command. Walks through what the API offers, against the embedded
// sandbox (no RINGPLUS_* settings) or a host (the token `login` saved).
import { parseCommandArgs, type Command } from '../context'
import { randomIccid, randomMeid } from '../device-identifiers'
import { formatInteger } from '../format/values'
import { listAllAccounts } from '../pick-account'
import { openSession } from '../session'
import { summarizeUsage } from '../usage-summary'
import {
  accountDetailView,
  accountsView,
  carrierServicesView,
  deviceChangeView,
  fluidCallView,
  maskedCredential,
  transcriptionsView,
  usageView,
  userView,
} from '../views'
import { waitWithSpinner } from './wait-with-spinner'

const DAY_MS = 24 * 60 * 60 * 1000

/** Help text. */
export const tourHelp = `Usage: ringplus-sample tour [--change-device] [--json]

A guided tour of the RingPlus API: your user and accounts, the detailed account, the first
three voicemail transcriptions, a 30-day usage summary, enforced carrier services,
FluidCall credentials, and a device change filed and awaited.
With no RINGPLUS_* settings it starts an embedded sandbox in-process and signs in there.
  --change-device   file the device change on a real host too (always done in a sandbox)`

/** Runs `tour`. */
export const tour: Command = async (context) => {
  const values = parseCommandArgs('tour', context.args, { 'change-device': { type: 'boolean' } })
  const { terminal } = context
  const started = Date.now()
  const result: Record<string, unknown> = {}

  terminal.line('RingPlus SDK tour')
  terminal.line(
    context.settings.mode === 'embedded'
      ? '  No RINGPLUS_* settings: starting the embedded sandbox in-process and signing in there.'
      : `  Host: ${context.settings.apiUrl} (token from ${context.settings.tokenFile})`,
  )
  const session = await openSession(context.settings)
  try {
    const { api } = session
    const token = await session.auth.getTokenSet()
    result.mode = session.mode
    result.api_url = session.apiUrl
    result.scope = token?.scope

    terminal.heading('1. Signing in')
    if (session.mode === 'embedded') {
      terminal.line(`  Sandbox listening at ${session.apiUrl}.`)
      terminal.line(`  Signed in as ${session.email} with OAuth 2.0 (authorization code + PKCE, via the sign-in page).`)
    } else {
      terminal.line(`  Using the saved token (refreshed automatically when it expires).`)
    }
    terminal.line(`  Scopes granted: ${token?.scope ?? '(unknown)'}`)

    terminal.heading('2. You and your accounts')
    const [user] = await api.users({})
    const accounts = await listAllAccounts(api)
    if (user) terminal.line(userView(user))
    terminal.line()
    terminal.line(accountsView(accounts))
    result.user = user
    result.accounts = accounts
    const first = accounts[0]
    if (!first) {
      terminal.line('\n  This user has no lines: nothing more to show.')
      context.emit(result)
      return
    }

    terminal.heading(`3. The detailed account #${first.id}`)
    const account = await api.getAccount({ account_id: first.id })
    terminal.line(accountDetailView(account))
    result.account = account

    terminal.heading('4. Checking voicemail (the Python wrapper\'s example)')
    terminal.line('  const voicemail = await api.voicemail({ voicemail_box_id: account.voicemail_box.id })')
    terminal.line('  for (const msg of voicemail.slice(0, 3)) console.log(msg.transcription)')
    terminal.line()
    const voicemail = await api.voicemail({ voicemail_box_id: account.voicemail_box.id })
    const firstThree = voicemail.slice(0, 3)
    terminal.line(transcriptionsView(firstThree))
    result.voicemail = {
      voicemail_box_id: account.voicemail_box.id,
      total: voicemail.pagination.totalCount ?? voicemail.length,
      first_three: firstThree,
    }

    const to = new Date()
    const from = new Date(to.getTime() - 30 * DAY_MS)
    terminal.heading(`5. Usage over the last 30 days (every page of calls, texts and data)`)
    const usage = await summarizeUsage(api, accounts, { from, to }, terminal)
    terminal.line()
    terminal.line(usageView(usage))
    terminal.line(`  (${formatInteger(usage.records)} records in ${formatInteger(usage.pages)} pages of up to 100)`)
    result.usage = usage

    terminal.heading(`6. Enforced carrier services on #${first.id}`)
    const services = await api.enforcedCarrierServices({ account_id: first.id })
    terminal.line(carrierServicesView(services))
    result.enforced_carrier_services = services

    terminal.heading(`7. FluidCall credentials on #${first.id} (passwords masked)`)
    const credentials = await api.fluidCallCredentials({ account_id: first.id })
    terminal.line(fluidCallView(credentials))
    result.fluidcall_credentials = credentials.map(maskedCredential)

    terminal.heading(`8. A device change on #${first.id}`)
    if (session.mode === 'remote' && !values['change-device']) {
      terminal.line('  Skipped on a real host: it would move the line to a made-up device.')
      terminal.line('  Pass --change-device to file one anyway.')
      result.device_change_request = null
    } else {
      terminal.line(`  Current device: ${account.active_device.model_name}, ESN/MEID ${account.active_device.esn}`)
      const filed = await api.changeDevice({ account_id: first.id, device_esn: randomMeid(), device_iccid: randomIccid() })
      terminal.line(deviceChangeView(filed))
      terminal.line()
      const completed = await waitWithSpinner(api, terminal, 'device_change', filed.id)
      const after = await api.getAccount({ account_id: first.id })
      terminal.line(`  Line #${first.id} now uses ${after.active_device.model_name}, ESN/MEID ${after.active_device.esn}.`)
      result.device_change_request = completed
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    terminal.line()
    terminal.line(`Tour complete in ${seconds} s. Try \`ringplus-sample --help\` for the CLI.`)
    context.emit(result)
  } finally {
    await session.close()
  }
}
