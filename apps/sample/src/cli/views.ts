// How the API's objects read in the terminal: one function per table or block.
import type {
  Account,
  AccountDetail,
  CarrierService,
  DeviceChangeRequest,
  FluidCallCredential,
  PhoneNumberChangeRequest,
  User,
  VoicemailMessage,
} from '@ringplus/sdk'
import { formatFields, formatTable } from './format/table'
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatDuration,
  formatInteger,
  formatMoney,
  formatPhoneNumber,
  maskSecret,
} from './format/values'
import type { UsageSummary } from './usage-summary'

/** The signed-in user. */
export function userView(user: User): string {
  return formatFields([
    ['User', `#${user.id} ${user.email}`],
    ['Registered', formatDate(user.registered_on)],
    ['Shipping to', user.shipping_addresses.map((a) => `${a.line1}, ${a.city} ${a.state}`).join('; ') || '—'],
  ])
}

/** Accounts (lines) as a table. */
export function accountsView(accounts: readonly Account[]): string {
  if (accounts.length === 0) return '  (no accounts)'
  return formatTable(
    [
      { header: 'ID', align: 'right' },
      { header: 'Name', maxWidth: 28 },
      { header: 'Phone number' },
      { header: 'Balance', align: 'right' },
      { header: 'Since' },
    ],
    accounts.map((a) => [
      String(a.id),
      a.name,
      formatPhoneNumber(a.phone_number),
      formatMoney(a.balance),
      formatDate(a.registered_on),
    ]),
  )
}

/** The detailed account: device, voicemail box, services, plan. */
export function accountDetailView(account: AccountDetail): string {
  const device = account.active_device
  const box = account.voicemail_box
  const services = account.account_services.filter((s) => s.active).map((s) => s.name)
  return formatFields([
    ['Account', `#${account.id} ${account.name}`],
    ['Phone number', formatPhoneNumber(account.phone_number)],
    ['Balance', formatMoney(account.balance)],
    ['Device', `${device.model_name} — ESN ${device.esn}${device.iccid ? `, ICCID ${device.iccid}` : ''}`],
    ['Voicemail box', `#${box.id}: ${formatInteger(box.message_count)} messages, ${formatInteger(box.new_message_count)} new`],
    ['Services', services.join(', ') || '—'],
    [
      'Plan',
      account.billing_subscriptions.map((s) => `${s.name} (${formatMoney(s.price)}/mo since ${formatDate(s.start_date)})`).join('; ') ||
        '—',
    ],
  ])
}

/** Voicemail messages as a table. */
export function voicemailView(messages: readonly VoicemailMessage[]): string {
  if (messages.length === 0) return '  (no messages)'
  return formatTable(
    [
      { header: 'ID', align: 'right' },
      { header: 'Received (UTC)' },
      { header: 'From' },
      { header: 'Length', align: 'right' },
      { header: 'New' },
      { header: 'Transcription', maxWidth: 60 },
    ],
    messages.map((m) => [
      String(m.id),
      formatDateTime(m.received_on),
      formatPhoneNumber(m.caller_phone_number),
      formatDuration(m.duration),
      m.is_new ? 'new' : '',
      m.transcription,
    ]),
  )
}

/** Transcriptions as numbered quotes (the "Checking Voicemail" example's output). */
export function transcriptionsView(messages: readonly VoicemailMessage[]): string {
  if (messages.length === 0) return '  (the voicemail box is empty)'
  return messages
    .map(
      (m, i) =>
        `  ${i + 1}. "${m.transcription}"\n     — ${formatPhoneNumber(m.caller_phone_number)}, ${formatDateTime(m.received_on)} UTC`,
    )
    .join('\n')
}

/** The usage summary as a table, a totals row when there are several lines. */
export function usageView(summary: UsageSummary): string {
  const rows = summary.accounts.map((a) => [
    `#${a.account_id} ${formatPhoneNumber(a.phone_number)}`,
    formatInteger(a.calls),
    formatDecimal(a.call_minutes),
    formatInteger(a.texts),
    formatDecimal(a.data_mb),
    formatMoney(a.cost),
  ])
  if (summary.accounts.length > 1) {
    const t = summary.totals
    rows.push(['Total', formatInteger(t.calls), formatDecimal(t.call_minutes), formatInteger(t.texts), formatDecimal(t.data_mb), formatMoney(t.cost)])
  }
  return formatTable(
    [
      { header: 'Line' },
      { header: 'Calls', align: 'right' },
      { header: 'Minutes', align: 'right' },
      { header: 'Texts', align: 'right' },
      { header: 'Data (MB)', align: 'right' },
      { header: 'Cost', align: 'right' },
    ],
    rows,
  )
}

/** Enforced carrier services as a table. */
export function carrierServicesView(services: readonly CarrierService[]): string {
  if (services.length === 0) return '  (none enforced)'
  return formatTable(
    [{ header: 'Code' }, { header: 'Name', maxWidth: 30 }, { header: 'Since' }, { header: 'Description', maxWidth: 50 }],
    services.map((s) => [s.code, s.name, formatDate(s.enforced_on), s.description]),
  )
}

/** FluidCall credentials as a table, passwords masked. */
export function fluidCallView(credentials: readonly FluidCallCredential[]): string {
  if (credentials.length === 0) return '  (no FluidCall credentials)'
  return formatTable(
    [{ header: 'ID', align: 'right' }, { header: 'Username' }, { header: 'Password' }, { header: 'SIP host' }, { header: 'Updated' }],
    credentials.map((c) => [String(c.id), c.username, maskSecret(c.password), c.sip_host, formatDate(c.updated_at)]),
  )
}

/** A FluidCall credential fit for `--json`: the password masked. */
export function maskedCredential(credential: FluidCallCredential): Record<string, unknown> {
  return { ...credential, password: '[redacted]' }
}

/** A carrier request's state in words. */
export function requestStatus(request: { completed: boolean; successful: boolean; error_message?: string | undefined }): string {
  if (!request.completed) return 'processing'
  return request.successful ? 'completed' : `failed: ${request.error_message ?? 'no reason given'}`
}

/** A device change request as fields. */
export function deviceChangeView(request: DeviceChangeRequest): string {
  return formatFields([
    ['Request', `device change #${request.id}`],
    ['Filed', `${formatDateTime(request.requested_on)} UTC`],
    ['New device', `ESN/MEID ${request.device_esn}${request.device_iccid ? `, ICCID ${request.device_iccid}` : ''}`],
    ['Status', requestStatus(request)],
  ])
}

/** A phone number change request as fields. */
export function phoneNumberChangeView(request: PhoneNumberChangeRequest): string {
  const number = request.phone_number
  return formatFields([
    ['Request', `phone number change #${request.id}`],
    ['Filed', `${formatDateTime(request.requested_on)} UTC`],
    ['Status', requestStatus(request)],
    ...(typeof number === 'string' ? ([['New number', formatPhoneNumber(number)]] as const) : []),
  ])
}
