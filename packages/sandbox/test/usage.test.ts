// GET /accounts/{id}/phone_calls, /phone_texts, /phone_data: envelopes, order, date windows.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, start, tokenFor, type Item } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start()
  alice = api(sandbox, tokenFor(sandbox, 0))
})
afterAll(() => sandbox.stop())

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const KINDS = [
  ['phone_calls', 'start_time', 1000],
  ['phone_texts', 'occurred_at', 1000],
  ['phone_data', 'occurred_at', 500],
] as const

async function all(path: string): Promise<Item[]> {
  const items: Item[] = []
  for (let page = 1; page < 100; page++) {
    const answer = await alice.get(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`)
    expect(answer.status).toBe(200)
    const key = Object.keys(answer.body)[0]!
    items.push(...answer.body[key])
    if (answer.body[key].length < 100) return items
  }
  throw new Error('too many pages')
}

function expectNewestFirst(items: Item[], time: string): void {
  for (let i = 1; i < items.length; i++) {
    const a = Date.parse(items[i - 1]![time])
    const b = Date.parse(items[i]![time])
    expect(a > b || (a === b && items[i - 1]!.id > items[i]!.id)).toBe(true)
  }
}

describe.each(KINDS)('%s', (path, time, minimum) => {
  it('has the seeded volume over the last 90 days, newest first', async () => {
    const items = await all(`/accounts/11/${path}`)
    expect(items.length).toBeGreaterThanOrEqual(minimum)
    expectNewestFirst(items, time)
    const now = sandbox.clock.now().getTime()
    for (const item of items) {
      expect(item.account_id).toBe(11)
      expect(item[time]).toMatch(ISO)
      expect(now - Date.parse(item[time])).toBeLessThanOrEqual(90 * 86_400_000)
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
  })

  it('applies start_date and end_date (both inclusive)', async () => {
    const items = (await alice.get(`/accounts/11/${path}?per_page=100&page=2`)).body[path] as Item[]
    const end = items[10]![time] as string
    const start = items[60]![time] as string
    const answer = await alice.get(`/accounts/11/${path}?start_date=${start}&end_date=${end}&per_page=100`)
    const window = answer.body[path] as Item[]
    expect(window[0]![time]).toBe(end)
    expect(window.at(-1)![time]).toBe(start)
    expect(Number(answer.headers.get('x-total-count'))).toBe(window.length)
    expect(window.length).toBeGreaterThanOrEqual(51)
    expectNewestFirst(window, time)
  })

  it('treats a date-only end_date as its whole day and accepts offsets', async () => {
    const items = (await alice.get(`/accounts/11/${path}?per_page=5`)).body[path] as Item[]
    const day = (items[0]![time] as string).slice(0, 10)
    const sameDay = await alice.get(`/accounts/11/${path}?start_date=${day}&end_date=${day}&per_page=100`)
    for (const item of sameDay.body[path]) expect(item[time].slice(0, 10)).toBe(day)
    expect(sameDay.body[path].length).toBeGreaterThan(0)
    const instant = items[2]![time] as string
    const shifted = new Date(Date.parse(instant)).toISOString().replace('Z', '+00:00')
    const plusTwo = `${new Date(Date.parse(instant) + 2 * 3600_000).toISOString().slice(0, 19)}+02:00`
    const a = await alice.get(`/accounts/11/${path}?end_date=${encodeURIComponent(shifted)}&per_page=1`)
    const b = await alice.get(`/accounts/11/${path}?end_date=${encodeURIComponent(plusTwo)}&per_page=1`)
    expect(a.body[path][0][time]).toBe(instant)
    expect(b.body[path][0][time]).toBe(instant)
  })

  it.each(['yesterday', '2016-13-01', '2016-02-30', '2016-09-30T25:00:00Z', '1475624217'])('422 for start_date=%s', async (bad) => {
    const answer = await alice.get(`/accounts/11/${path}?start_date=${bad}`)
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ errors: [{ code: 'invalid', field: 'start_date', message: 'is not a valid ISO 8601 date or time' }] })
  })

  it('an empty window and an inverted one are empty lists', async () => {
    const empty = await alice.get(`/accounts/11/${path}?end_date=2001-01-01`)
    expect(empty.body).toEqual({ [path]: [] })
    expect(empty.headers.get('x-total-count')).toBe('0')
    const inverted = await alice.get(`/accounts/11/${path}?start_date=2030-01-01&end_date=2001-01-01`)
    expect(inverted.body).toEqual({ [path]: [] })
  })

  it('is a 404 for another user’s line', async () => {
    expect((await api(sandbox, tokenFor(sandbox, 1)).get(`/accounts/11/${path}`)).status).toBe(404)
  })
})

describe('record shapes', () => {
  it('Call, Text and Data carry every contract field', async () => {
    const call = (await alice.get('/accounts/11/phone_calls?per_page=1')).body.phone_calls[0]
    expect(call).toEqual({
      id: expect.any(Number),
      account_id: 11,
      direction: expect.stringMatching(/^(inbound|outbound)$/),
      originating_phone_number: expect.any(String),
      destination_phone_number: expect.any(String),
      start_time: expect.stringMatching(ISO),
      duration: expect.any(Number),
      cost: expect.any(Number),
      international: expect.any(Boolean),
      roaming: expect.any(Boolean),
    })
    const text = (await alice.get('/accounts/11/phone_texts?per_page=1')).body.phone_texts[0]
    expect(text).toEqual({
      id: expect.any(Number),
      account_id: 11,
      direction: expect.stringMatching(/^(inbound|outbound)$/),
      originating_phone_number: expect.any(String),
      destination_phone_number: expect.any(String),
      message_type: expect.stringMatching(/^(sms|mms)$/),
      occurred_at: expect.stringMatching(ISO),
      cost: expect.any(Number),
    })
    const data = (await alice.get('/accounts/11/phone_data?per_page=1')).body.phone_data[0]
    expect(data).toEqual({ id: expect.any(Number), account_id: 11, occurred_at: expect.stringMatching(ISO), kilobytes: expect.any(Number), cost: expect.any(Number), roaming: expect.any(Boolean) })
  })
})

describe('ties', () => {
  it('orders records of the same second by id, descending', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringplus-ties-'))
    const file = join(dir, 'ties.db')
    const big = await start({ db: file, scale: 150_000 })
    try {
      const db = new Database(file, { readonly: true })
      const tied = db.prepare('SELECT start_time FROM phone_calls WHERE account_id = 11 GROUP BY start_time HAVING COUNT(*) > 1 LIMIT 1').pluck().get() as number
      db.close()
      expect(tied).toBeDefined()
      const at = new Date(tied * 1000).toISOString()
      const answer = await api(big, tokenFor(big)).get(`/accounts/11/phone_calls?start_date=${at}&end_date=${at}`)
      const ids = answer.body.phone_calls.map((c: { id: number }) => c.id)
      expect(ids.length).toBeGreaterThan(1)
      expect(ids).toEqual([...ids].sort((a, b) => b - a))
      expect(Number(answer.headers.get('x-total-count'))).toBe(ids.length)
    } finally {
      await big.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
