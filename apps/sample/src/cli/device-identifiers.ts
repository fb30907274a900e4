// Fresh device identifiers for a device change: a random MEID and a random ICCID with a valid
// Luhn check digit, so the tour's request passes the API's format checks and is not already active.
import { randomInt } from 'node:crypto'

/** A random MEID: 14 upper-case hex digits. */
export function randomMeid(): string {
  let meid = ''
  for (let i = 0; i < 14; i += 1) meid += randomInt(16).toString(16).toUpperCase()
  return meid
}

/** The Luhn check digit for `payload` (digits only). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0
  for (let i = 0; i < payload.length; i += 1) {
    // Double every second digit counting from the right of the payload (the check digit's neighbour first).
    let digit = Number(payload[payload.length - 1 - i])
    if (i % 2 === 0) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return (10 - (sum % 10)) % 10
}

/** A random 19-digit ICCID (`89` telecom, `01` US) ending in a valid Luhn check digit. */
export function randomIccid(): string {
  let payload = '8901'
  while (payload.length < 18) payload += String(randomInt(10))
  return payload + String(luhnCheckDigit(payload))
}
