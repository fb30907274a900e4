/** Epoch seconds → `2016-09-30T17:04:05Z` (the contract's format: UTC, no fraction). */
export function isoFromSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

/** Epoch milliseconds → `2016-09-30T17:04:05Z` (fraction dropped). */
export function isoFromMs(ms: number): string {
  return isoFromSeconds(Math.floor(ms / 1000))
}

/** Epoch seconds → `2016-09-30` (UTC). */
export function dateFromSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10)
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** A parsed `start_date`/`end_date`: the instant, and whether only a date was given. */
export interface ParsedDate {
  ms: number
  dateOnly: boolean
}

/**
 * Parses an ISO 8601 date (`2016-09-30`) or date-time (`2016-09-30T17:04:05`, with optional
 * fraction and offset; no offset means UTC). Impossible calendar dates give `undefined`.
 */
export function parseIsoDate(text: string): ParsedDate | undefined {
  const m = ISO_8601.exec(text)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s, fraction, , sign, oh, om] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  const hour = Number(h ?? 0)
  const minute = Number(mi ?? 0)
  const second = Number(s ?? 0)
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const offsetHours = Number(oh ?? 0)
  const offsetMinutes = Number(om ?? 0)
  if (offsetHours > 23 || offsetMinutes > 59) return undefined
  const millis = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, millis)
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  return { ms: date.getTime() - offset * 60_000, dateOnly: h === undefined }
}
