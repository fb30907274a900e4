// How values read in the terminal: money, dates, phone numbers, durations, sizes, secrets.

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

/** `1234` → `1,234`. */
export function formatInteger(value: number): string {
  return integer.format(value)
}

/** `1234.56` → `1,234.6`. */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value)
}

/** `12.5` → `$12.50`. */
export function formatMoney(value: number | undefined): string {
  return value === undefined ? '' : dollars.format(value)
}

/** A date as `2016-09-30` (UTC). */
export function formatDate(value: Date | undefined): string {
  return value === undefined ? '' : value.toISOString().slice(0, 10)
}

/** A moment as `2016-09-30 17:04` (UTC). */
export function formatDateTime(value: Date | undefined): string {
  return value === undefined ? '' : value.toISOString().slice(0, 16).replace('T', ' ')
}

/** A ten-digit US number `5550100001` (or `+15550100001`) as `(555) 010-0001`; anything else as given. */
export function formatPhoneNumber(value: string | undefined): string {
  if (value === undefined) return ''
  const digits = value.replace(/\D/g, '')
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
  if (national.length !== 10) return value
  return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
}

/** Seconds as `1:05` (m:ss) or `1:02:05`. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return ''
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

/** A secret shown as eight bullets, whatever its length (the length is not given away either). */
export function maskSecret(value: string | undefined): string {
  return value === undefined || value === '' ? '' : '•'.repeat(8)
}
