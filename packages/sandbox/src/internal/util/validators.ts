// Wire-format checks of contract §9. The server keeps its own copy on purpose: it plays the
// remote host, so the SDK's client-side checks (in @ringplus/models) are tested against an
// independent implementation rather than against themselves.

/** 8 hex digits (ESN) or 14 hex digits (MEID), any letter case. */
export function isValidEsn(value: string): boolean {
  return /^(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{14})$/.test(value)
}

/** True when the digit string ends in a valid Luhn check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** The Luhn check digit to append to `body`. */
export function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + String(d))) return String(d)
  return '0'
}

/** 19–20 digits ending in a valid Luhn check digit. */
export function isValidIccid(value: string): boolean {
  return /^\d{19,20}$/.test(value) && luhnValid(value)
}

/** A plausible e-mail address: one \@, a dotted domain, no spaces, at most 254 characters. */
export function isValidEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(value)
}
