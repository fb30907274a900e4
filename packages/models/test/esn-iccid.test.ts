import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { EsnSchema, IccidSchema, isValidEsn, isValidIccid } from '../src/index'

/** Appends the Luhn check digit to a payload of digits. */
function withCheckDigit(payload: string): string {
  for (let check = 0; check < 10; check++) {
    const candidate = payload + check
    let sum = 0
    for (let index = 0; index < candidate.length; index++) {
      let digit = Number(candidate[candidate.length - 1 - index])
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
      sum += digit
    }
    if (sum % 10 === 0) return candidate
  }
  throw new Error('unreachable')
}

describe('isValidEsn', () => {
  it.each(['A1B2C3D4', 'a1b2c3d4', '00000000', 'DEADBEEF', 'A0000012345678', 'a0000012345678', 'A00000AbCdEf12'])('accepts %s', (esn) => {
    expect(isValidEsn(esn)).toBe(true)
  })

  it.each(['A1B2C3D', 'A1B2C3D45', 'G1B2C3D4', 'A000001234567', 'A00000123456789', '', ' A1B2C3D4', 'A1B2C3D4\n', '0xA1B2C3', 'A1B2-C3D4'])(
    'rejects %j',
    (esn) => {
      expect(isValidEsn(esn)).toBe(false)
    },
  )

  it.each([12345678, null, undefined, ['A1B2C3D4'], { esn: 'A1B2C3D4' }])('rejects the non-string %j', (value) => {
    expect(isValidEsn(value)).toBe(false)
  })

  it('accepts exactly the 8- and 14-hex-digit strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFgx '), maxLength: 16 }), (text) => {
        expect(isValidEsn(text)).toBe((text.length === 8 || text.length === 14) && /^[0-9a-f]*$/i.test(text))
      }),
    )
  })
})

describe('isValidIccid', () => {
  it.each(['89014103211118510720', '8901260123456789011', withCheckDigit('891004234814455936'), withCheckDigit('8944500102198304826')])(
    'accepts %s',
    (iccid) => {
      expect(isValidIccid(iccid)).toBe(true)
    },
  )

  it.each([
    '89014103211118510721', // wrong check digit
    '8901260123456789010', // wrong check digit
    withCheckDigit('89014103211111111'), // 18 digits
    withCheckDigit('890141032111111111111'), // 22 digits
    '8901410321111851072F',
    ' 89014103211118510720',
    '',
  ])('rejects %j', (iccid) => {
    expect(isValidIccid(iccid)).toBe(false)
  })

  it.each([89014103211118510720, null, undefined])('rejects the non-string %j', (value) => {
    expect(isValidIccid(value)).toBe(false)
  })

  it('accepts every 19–20 digit string with its check digit, and no other last digit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 18, maxLength: 19 }), (payload) => {
        const valid = withCheckDigit(payload)
        expect(isValidIccid(valid)).toBe(true)
        for (let digit = 0; digit < 10; digit++) {
          const candidate = payload + digit
          if (candidate !== valid) expect(isValidIccid(candidate)).toBe(false)
        }
      }),
    )
  })
})

describe('EsnSchema and IccidSchema', () => {
  it('keep valid values as given', () => {
    expect(v.parse(EsnSchema, 'a1b2c3d4')).toBe('a1b2c3d4')
    expect(v.parse(IccidSchema, '89014103211118510720')).toBe('89014103211118510720')
  })

  it("fail with the API's own 422 messages", () => {
    for (const value of ['nope', 12345678, null]) {
      expect(v.safeParse(EsnSchema, value).issues?.map((issue) => issue.message)).toEqual(['is not a valid ESN/MEID'])
      expect(v.safeParse(IccidSchema, value).issues?.map((issue) => issue.message)).toEqual(['is not a valid ICCID'])
    }
  })
})
