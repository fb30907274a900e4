// Fresh device identifiers for tests: ESNs nobody in the seeded world uses, and ICCIDs
// with a valid Luhn check digit.
let counter = 0

/** A fresh 8-hex-digit ESN. */
export function freshEsn(): string {
  counter += 1
  return `FA${(Date.now() % 0xffff).toString(16).padStart(4, '0')}${(counter % 0xff).toString(16).padStart(2, '0')}`.toUpperCase()
}

/** A 19-digit ICCID whose last digit is the Luhn check digit of the first 18. */
export function freshIccid(): string {
  counter += 1
  const body = `890126${String(Date.now()).slice(-8)}${String(counter).padStart(4, '0')}`
  let sum = 0
  for (let index = 0; index < body.length; index++) {
    let digit = Number(body[body.length - 1 - index])
    if (index % 2 === 0) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return body + String((10 - (sum % 10)) % 10)
}
