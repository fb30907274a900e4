// Contract §5: page/per_page, Link (next/last/first/prev), X-Total-Count, edges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, start, tokenFor } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
let total: number
beforeAll(async () => {
  sandbox = await start()
  alice = api(sandbox, tokenFor(sandbox, 0))
  total = Number((await alice.get('/accounts/11/phone_calls')).headers.get('x-total-count'))
})
afterAll(() => sandbox.stop())

function links(header: string | null): Record<string, URL> {
  const out: Record<string, URL> = {}
  for (const part of (header ?? '').split(', ')) {
    const m = /^<([^>]+)>; rel="(\w+)"$/.exec(part)
    if (m) out[m[2]!] = new URL(m[1]!)
  }
  return out
}

describe('pagination', () => {
  it('defaults to page 1 of 25', async () => {
    const answer = await alice.get('/accounts/11/phone_calls')
    expect(answer.body.phone_calls).toHaveLength(25)
    const rel = links(answer.headers.get('link'))
    expect(Object.keys(rel).sort()).toEqual(['first', 'last', 'next'])
    expect(rel.next!.searchParams.get('page')).toBe('2')
    expect(rel.next!.searchParams.get('per_page')).toBe('25')
    expect(rel.last!.searchParams.get('page')).toBe(String(Math.ceil(total / 25)))
    expect(rel.first!.searchParams.get('page')).toBe('1')
    expect(rel.next!.origin).toBe(sandbox.url)
  })

  it('pages do not overlap and follow each other', async () => {
    const one = (await alice.get('/accounts/11/phone_calls?per_page=10&page=1')).body.phone_calls
    const two = (await alice.get('/accounts/11/phone_calls?per_page=10&page=2')).body.phone_calls
    const both = (await alice.get('/accounts/11/phone_calls?per_page=20&page=1')).body.phone_calls
    expect([...one, ...two]).toEqual(both)
  })

  it('the last page is short and has no next', async () => {
    const last = Math.ceil(total / 100)
    const answer = await alice.get(`/accounts/11/phone_calls?per_page=100&page=${last}`)
    expect(answer.body.phone_calls).toHaveLength(total - (last - 1) * 100)
    const rel = links(answer.headers.get('link'))
    expect(rel.next).toBeUndefined()
    expect(rel.prev!.searchParams.get('page')).toBe(String(last - 1))
    expect(answer.headers.get('x-total-count')).toBe(String(total))
  })

  it('a page past the end is an empty list with first/last/prev', async () => {
    const answer = await alice.get('/accounts/11/phone_calls?per_page=100&page=500')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ phone_calls: [] })
    const rel = links(answer.headers.get('link'))
    expect(rel.next).toBeUndefined()
    expect(rel.prev!.searchParams.get('page')).toBe(String(Math.ceil(total / 100)))
    expect(answer.headers.get('x-total-count')).toBe(String(total))
  })

  it('per_page 100 is the maximum', async () => {
    expect((await alice.get('/accounts/11/phone_calls?per_page=100')).body.phone_calls).toHaveLength(100)
  })

  it.each(['101', '0', 'abc', '-1', '1.5', '', '1e2'])('per_page=%s is a 422', async (value) => {
    const answer = await alice.get(`/accounts/11/phone_calls?per_page=${value}`)
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ errors: [{ code: 'invalid', field: 'per_page', message: 'must be an integer from 1 to 100' }] })
  })

  it.each(['0', 'abc', '-2', '99999999999999999999'])('page=%s is a 422', async (value) => {
    const answer = await alice.get(`/accounts/11/phone_calls?page=${value}`)
    expect(answer.status).toBe(422)
    expect(answer.body.errors[0]).toMatchObject({ code: 'invalid', field: 'page' })
  })

  it('reports both bad parameters at once', async () => {
    const answer = await alice.get('/accounts/11/phone_calls?page=x&per_page=y')
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['page', 'per_page'])
  })

  it('Link keeps the filters', async () => {
    const answer = await alice.get('/accounts/11/phone_texts?start_date=2000-01-01&per_page=5&page=2')
    const rel = links(answer.headers.get('link'))
    for (const url of Object.values(rel)) {
      expect(url.searchParams.get('start_date')).toBe('2000-01-01')
      expect(url.searchParams.get('per_page')).toBe('5')
    }
    expect(rel.prev!.searchParams.get('page')).toBe('1')
  })

  it('an empty list has first and last = 1', async () => {
    const answer = await api(sandbox, tokenFor(sandbox, 2)).get('/accounts')
    const rel = links(answer.headers.get('link'))
    expect(rel.last!.searchParams.get('page')).toBe('1')
    expect(rel.first!.searchParams.get('page')).toBe('1')
    expect(answer.headers.get('x-total-count')).toBe('0')
  })

  it.each(['/accounts', '/users', '/voicemail_boxes/31/voicemail_messages', '/accounts/11/enforced_carrier_services', '/accounts/11/fluidcall_credentials', '/accounts/11/phone_data'])(
    '%s is paginated',
    async (path) => {
      const answer = await alice.get(`${path}?per_page=1`)
      expect(answer.status).toBe(200)
      expect(Object.values(answer.body)[0]).toHaveLength(1)
      expect(answer.headers.get('x-total-count')).toMatch(/^\d+$/)
      expect(links(answer.headers.get('link')).first).toBeDefined()
      expect((await alice.get(`${path}?per_page=101`)).status).toBe(422)
    },
  )
})
