import { describe, expect, it } from 'vitest'
import { PhoneCallSchema, ResponseValidationError, parseResponse } from '../src/index'
import { phoneCall } from './fixtures/contract-examples'

const parseStartTime = (start_time: unknown) =>
  parseResponse(PhoneCallSchema, { ...phoneCall(), start_time }, 'GET /accounts/{account_id}/phone_calls').start_time

describe('timestamps', () => {
  it.each([
    ['2016-09-30T17:04:05Z', '2016-09-30T17:04:05.000Z'],
    ['2016-09-30T17:04:05+00:00', '2016-09-30T17:04:05.000Z'],
    ['2016-09-30T12:04:05-05:00', '2016-09-30T17:04:05.000Z'],
    ['2016-09-30T19:04:05+0200', '2016-09-30T17:04:05.000Z'],
    ['2016-09-30T19:04:05+02', '2016-09-30T17:04:05.000Z'],
    ['2016-09-30T17:04:05.5Z', '2016-09-30T17:04:05.500Z'],
    ['2016-09-30T17:04:05.123456Z', '2016-09-30T17:04:05.123Z'],
    ['2016-09-30T17:04:05,25Z', '2016-09-30T17:04:05.250Z'],
    ['2016-09-30t17:04:05z', '2016-09-30T17:04:05.000Z'],
    ['2016-09-30T17:04Z', '2016-09-30T17:04:00.000Z'],
    ['2016-09-30', '2016-09-30T00:00:00.000Z'],
    ['2016-02-29', '2016-02-29T00:00:00.000Z'],
    ['2000-02-29T23:59:59.999+14:00', '2000-02-29T09:59:59.999Z'],
    ['0050-01-01', '0050-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    const date = parseStartTime(text)
    expect(date).toBeInstanceOf(Date)
    expect(date.toISOString()).toBe(iso)
  })

  it.each([
    '2016-09-30T17:04:05', // no offset: ambiguous local time
    '2016-09-30 17:04:05Z',
    '2016-02-30',
    '2015-02-29',
    '1900-02-29',
    '2016-13-01',
    '2016-00-10',
    '2016-09-31',
    '2016-09-30T24:00:00Z',
    '2016-09-30T17:60:00Z',
    '2016-09-30T17:04:60Z',
    '2016-09-30T17:04:05+24:00',
    '2016-09-30T17:04:05.Z',
    '2016-9-30',
    '30/09/2016',
    'Fri, 30 Sep 2016 17:04:05 GMT',
    '1475254445',
    '',
    ' 2016-09-30T17:04:05Z',
    '2016-09-30T17:04:05Z\n',
    '+002016-09-30T17:04:05Z',
  ])('rejects %j with "expected ISO 8601 timestamp"', (text) => {
    expect(() => parseStartTime(text)).toThrowError(
      new ResponseValidationError('GET /accounts/{account_id}/phone_calls', [{ path: 'start_time', message: 'expected ISO 8601 timestamp' }], null),
    )
  })

  it.each([1475254445, 1475254445000, null, true, {}, []])('rejects the non-string %j the same way', (value) => {
    try {
      parseStartTime(value)
      expect.unreachable()
    } catch (error) {
      expect((error as ResponseValidationError).issues).toEqual([{ path: 'start_time', message: 'expected ISO 8601 timestamp' }])
    }
  })

  it('gives every parse its own Date', () => {
    const body = { phone_calls: [phoneCall()] }
    const first = parseStartTime(body.phone_calls[0]!.start_time)
    const second = parseStartTime(body.phone_calls[0]!.start_time)
    expect(first).not.toBe(second)
    expect(first).toEqual(second)
  })
})
