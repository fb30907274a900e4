import * as v from 'valibot'

/** The message every malformed timestamp gets. */
export const _TIMESTAMP_MESSAGE = 'expected ISO 8601 timestamp'

// YYYY-MM-DD, optionally followed by Thh:mm[:ss[.fraction]] and a required offset (Z, ±hh, ±hhmm, ±hh:mm).
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?))?$/

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Parses an ISO 8601 date (`2016-09-30`, read as UTC midnight) or date-time with an
 * offset (`2016-09-30T17:04:05Z`, `...+00:00`, `...-0700`, fractional seconds) into a
 * `Date`. Anything else, including impossible calendar dates (`2016-02-30`) and
 * date-times without an offset (ambiguous local time), gives `undefined`.
 */
export function _parseIsoTimestamp(text: string): Date | undefined {
  const match = ISO_8601.exec(text)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, fraction, , sign, oh, om] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  const hour = Number(h ?? 0)
  const minute = Number(mi ?? 0)
  const second = Number(s ?? 0)
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const millisecond = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0
  const offsetHours = Number(oh ?? 0)
  const offsetMinutes = Number(om ?? 0)
  if (offsetHours > 23 || offsetMinutes > 59) return undefined
  let time = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  if (year < 100) time = new Date(time).setUTCFullYear(year)
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  return new Date(time - offset * 60_000)
}

/**
 * A timestamp field: an ISO 8601 string on the wire, a `Date` after parsing.
 * Accepts date-only strings too (`start_date`, and hosts that send `*_on` as dates).
 */
/* @__NO_SIDE_EFFECTS__ */
export function _timestamp() {
  return v.pipe(
    v.string(_TIMESTAMP_MESSAGE),
    v.rawTransform<string, Date>(({ dataset, addIssue, NEVER }) => {
      const date = _parseIsoTimestamp(dataset.value)
      if (date) return date
      addIssue({ message: _TIMESTAMP_MESSAGE })
      return NEVER
    }),
  )
}
