// Fault injection through the handle and, with `faults: true`, over HTTP; traffic counting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, call, start, tokenFor } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start({ faults: true })
  alice = api(sandbox, tokenFor(sandbox, 0))
})
afterAll(() => sandbox.stop())

describe('faults', () => {
  it('status faults for the next N requests to a path template, then normal answers', async () => {
    sandbox.faults.add({ method: 'GET', path: '/accounts/{account_id}/phone_calls', kind: 'status', status: 503, times: 2 })
    expect((await alice.get('/accounts/11/phone_calls')).status).toBe(503)
    expect((await alice.get('/accounts/11')).status).toBe(200)
    const second = await alice.get('/accounts/12/phone_calls')
    expect(second.status).toBe(503)
    expect(second.headers.get('retry-after')).toBe('1')
    expect((await alice.get('/accounts/11/phone_calls')).status).toBe(200)
  })

  it('429 faults carry the rate-limit body and Retry-After', async () => {
    sandbox.faults.add({ path: /^\/accounts$/, kind: 'status', status: 429, times: 1 })
    const answer = await alice.get('/accounts')
    expect(answer.status).toBe(429)
    expect(answer.body).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })
    expect(answer.headers.get('retry-after')).toBe('1')
  })

  it('a connection reset mid-body makes the client fail', async () => {
    sandbox.faults.add({ path: '/accounts', kind: 'reset', times: 1 })
    await expect(alice.get('/accounts')).rejects.toThrow()
    expect((await alice.get('/accounts')).status).toBe(200)
  })

  it('a malformed body is 200 with JSON that does not parse', async () => {
    sandbox.faults.add({ path: '/accounts', kind: 'malformed', times: 1 })
    const res = await fetch(`${sandbox.url}/accounts`, { headers: { authorization: `Bearer ${tokenFor(sandbox)}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    await expect(res.json()).rejects.toThrow()
  })

  it('latency delays and then answers normally', async () => {
    sandbox.faults.add({ path: '/users', kind: 'latency', delayMs: 20, times: 1 })
    expect((await alice.get('/users')).status).toBe(200)
  })

  it('rate 0 never fires, rate 1 always does; method filters', async () => {
    sandbox.faults.add({ path: '/users/1', kind: 'status', rate: 0 })
    for (let i = 0; i < 5; i++) expect((await alice.get('/users/1')).status).toBe(200)
    sandbox.faults.add({ method: 'PUT', path: '/users/1', kind: 'status', status: 500, rate: 1, times: 3 })
    expect((await alice.get('/users/1')).status).toBe(200)
    expect((await alice.json('PUT', '/users/1', { user: { email: 'alice@example.com' } })).status).toBe(500)
    sandbox.faults.clear()
    expect((await alice.json('PUT', '/users/1', { user: { email: 'alice@example.com' } })).status).toBe(204)
  })

  it('a rate between 0 and 1 fires for a share of requests', async () => {
    sandbox.faults.add({ path: '/accounts/11/fluidcall_credentials', kind: 'status', status: 500, rate: 0.5 })
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) statuses.push((await alice.get('/accounts/11/fluidcall_credentials')).status)
    sandbox.faults.clear()
    expect(statuses.filter((s) => s === 500).length).toBeGreaterThan(5)
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(5)
  })

  it('faults the token endpoint too', async () => {
    sandbox.faults.add({ method: 'POST', path: '/oauth/token', kind: 'status', status: 503, times: 1 })
    const answer = await call(`${sandbox.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=x' })
    expect(answer.status).toBe(503)
  })

  it('rejects a bad rule', () => {
    expect(() => sandbox.faults.add({ kind: 'status', status: 200 })).toThrow(/status/)
    expect(() => sandbox.faults.add({ kind: 'latency', rate: 2 })).toThrow(/rate/)
    expect(() => sandbox.faults.add({ kind: 'boom' as 'reset' })).toThrow(/kind/)
  })

  it('is controllable over HTTP when enabled', async () => {
    const added = await call(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path_regex: '^/users$', kind: 'status', status: 502, times: 1 }),
    })
    expect(added.status).toBe(201)
    expect((await alice.get('/users')).status).toBe(502)
    const bad = await call(`${sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'nope' }) })
    expect(bad.status).toBe(400)
    sandbox.faults.add({ path: '/users', kind: 'status', status: 500 })
    expect((await call(`${sandbox.url}/_sandbox/faults`, { method: 'DELETE' })).status).toBe(204)
    expect((await alice.get('/users')).status).toBe(200)
  })

  it('the HTTP control routes do not exist without faults: true', async () => {
    const plain = await start()
    try {
      const answer = await call(`${plain.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'reset' }) })
      expect(answer.status).toBe(404)
    } finally {
      await plain.stop()
    }
  })
})

describe('traffic', () => {
  it('counts received requests by method and path', async () => {
    sandbox.traffic.reset()
    await alice.get('/accounts')
    await alice.get('/accounts/11/phone_calls')
    await alice.get('/accounts/12/phone_calls?page=2')
    await call(`${sandbox.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token' })
    expect(sandbox.traffic.count()).toBe(4)
    expect(sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })).toBe(1)
    expect(sandbox.traffic.count({ path: '/accounts/{account_id}/phone_calls' })).toBe(2)
    expect(sandbox.traffic.count({ method: 'get', path: /phone_calls/ })).toBe(2)
    expect(sandbox.traffic.count({ method: 'DELETE' })).toBe(0)
    sandbox.traffic.reset()
    expect(sandbox.traffic.count()).toBe(0)
  })
})
