const ICCID = /^\d{19,20}$/

/**
 * Whether `value` is a SIM ICCID: 19 or 20 decimal digits whose last digit is a valid
 * Luhn check digit — the check the API applies to `device_iccid` (contract §9).
 *
 * @param value - Anything; only strings can be valid.
 *
 * @example
 * ```ts
 * isValidIccid('89014103211118510720') // true (20 digits)
 * isValidIccid('8901260123456789011') // true (19 digits)
 * isValidIccid('8901260123456789010') // false: bad check digit
 * ```
 * @public
 */
export function isValidIccid(value: unknown): boolean {
  if (typeof value !== 'string' || !ICCID.test(value)) return false
  let sum = 0
  for (let index = 0; index < value.length; index++) {
    let digit = value.charCodeAt(value.length - 1 - index) - 48
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}
