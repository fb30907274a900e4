// GET /accounts, GET /users/{id}/accounts, GET/PUT /accounts/{id}, carrier services, FluidCall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, call, start, tokenFor } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
let bob: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start()
  alice = api(sandbox, tokenFor(sandbox, 0))
  bob = api(sandbox, tokenFor(sandbox, 1))
})
afterAll(() => sandbox.stop())

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

describe('GET /accounts', () => {
  it('lists the caller’s accounts, newest first', async () => {
    const answer = await alice.get('/accounts')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-total-count')).toBe('2')
    const accounts = answer.body.accounts as Record<string, unknown>[]
    expect(accounts.map((a) => a.id).sort()).toEqual([11, 12])
    for (const a of accounts) {
      expect(a).toEqual({
        id: expect.any(Number),
        user_id: 1,
        name: expect.any(String),
        email_address: 'alice@example.com',
        phone_number: expect.stringMatching(/^\d{10}$/),
        balance: expect.any(Number),
        registered_on: expect.stringMatching(ISO),
      })
    }
    const times = accounts.map((a) => Date.parse(a.registered_on as string))
    expect(times).toEqual([...times].sort((x, y) => y - x))
  })

  it('filters by every documented filter (exact match)', async () => {
    const detail = (await alice.get('/accounts/11')).body.account
    const filters: Record<string, string> = {
      name: detail.name,
      email_address: 'ALICE@example.com',
      phone_number: `(${detail.phone_number.slice(0, 3)}) ${detail.phone_number.slice(3, 6)}-${detail.phone_number.slice(6)}`,
      device_esn: detail.active_device.esn.toLowerCase(),
      device_iccid: detail.active_device.iccid,
    }
    for (const [name, value] of Object.entries(filters)) {
      const answer = await alice.get(`/accounts?${new URLSearchParams({ [name]: value })}`)
      expect(answer.status).toBe(200)
      const ids = answer.body.accounts.map((a: { id: number }) => a.id)
      expect(name === 'email_address' ? ids.sort() : ids).toEqual(name === 'email_address' ? [11, 12] : [11])
    }
    expect((await alice.get('/accounts?name=Alice')).body.accounts).toEqual([])
  })

  it('never shows another user’s accounts', async () => {
    expect((await bob.get('/accounts')).body.accounts.map((a: { id: number }) => a.id)).toEqual([13])
    const carol = api(sandbox, tokenFor(sandbox, 2))
    expect((await carol.get('/accounts')).body).toEqual({ accounts: [] })
  })
})

describe('GET /users/{id}/accounts', () => {
  it('lists the user’s accounts', async () => {
    const answer = await alice.get('/users/1/accounts?per_page=1')
    expect(answer.body.accounts).toHaveLength(1)
    expect(answer.headers.get('x-total-count')).toBe('2')
  })

  it('is a 404 for another user', async () => {
    expect((await alice.get('/users/2/accounts')).status).toBe(404)
    expect((await alice.get('/users/99/accounts')).status).toBe(404)
  })
})

describe('GET /accounts/{id}', () => {
  it('returns the detailed account', async () => {
    const answer = await alice.get('/accounts/11')
    expect(answer.status).toBe(200)
    const account = answer.body.account
    expect(account.id).toBe(11)
    expect(account.account_services.length).toBeGreaterThan(3)
    for (const s of account.account_services) expect(s).toEqual({ id: expect.any(Number), name: expect.any(String), service_type: expect.any(String), active: expect.any(Boolean) })
    expect(account.active_device).toEqual({
      id: expect.any(Number),
      model_name: expect.any(String),
      esn: expect.stringMatching(/^[0-9A-F]{14}$/),
      iccid: expect.stringMatching(/^\d{19,20}$/),
      registered_on: expect.stringMatching(ISO),
    })
    expect(account.voicemail_box).toEqual({ id: 31, message_count: expect.any(Number), new_message_count: expect.any(Number) })
    expect(account.voicemail_box.message_count).toBeGreaterThanOrEqual(30)
    expect(account.billing_subscriptions).toEqual([
      {
        id: expect.any(Number),
        billing_plan_id: expect.any(Number),
        name: expect.any(String),
        price: expect.any(Number),
        start_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        created_at: expect.stringMatching(ISO),
        updated_at: expect.stringMatching(ISO),
      },
    ])
    expect(JSON.stringify(account)).not.toContain('null')
  })

  it('is a 404 for another user’s account', async () => {
    const answer = await bob.get('/accounts/11')
    expect(answer.status).toBe(404)
    expect(answer.body).toEqual({ status: '404', error: 'Not Found' })
  })
})

describe('PUT /accounts/{id}', () => {
  const name = async () => (await alice.get('/accounts/12')).body.account.name as string

  it('renames from a JSON body, a form body and the query string (Python client style)', async () => {
    expect((await alice.json('PUT', '/accounts/12', { account: { name: 'From JSON' } })).status).toBe(204)
    expect(await name()).toBe('From JSON')
    expect((await alice.form('PUT', '/accounts/12', 'account%5Bname%5D=From+form')).status).toBe(204)
    expect(await name()).toBe('From form')
    const put = await alice.query('PUT', '/accounts/12?account_id=12&account%5Bname%5D=Steve')
    expect(put.status).toBe(204)
    expect(put.text).toBe('')
    expect(await name()).toBe('Steve')
  })

  it('400 without the account parameter', async () => {
    const answer = await alice.json('PUT', '/accounts/12', { name: 'flat' })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ status: '400', error: 'Bad Request', message: 'param is missing or the value is empty: account' })
  })

  it('422 for a blank or too long name, and nothing changes', async () => {
    const before = await name()
    const blank = await alice.json('PUT', '/accounts/12', { account: { name: '   ' } })
    expect(blank.status).toBe(422)
    expect(blank.body).toEqual({ errors: [{ code: 'blank', field: 'name', message: "can't be blank" }] })
    const long = await alice.json('PUT', '/accounts/12', { account: { name: 'x'.repeat(51) } })
    expect(long.status).toBe(422)
    expect(long.body.errors[0]).toMatchObject({ code: 'too_long', field: 'name' })
    expect(await name()).toBe(before)
    expect((await alice.json('PUT', '/accounts/12', { account: { name: 'ü'.repeat(50) } })).status).toBe(204)
  })

  it('is a 404 for another user’s account, and nothing changes', async () => {
    const answer = await bob.json('PUT', '/accounts/11', { account: { name: 'Hijacked' } })
    expect(answer.status).toBe(404)
    expect((await alice.get('/accounts/11')).body.account.name).not.toBe('Hijacked')
  })
})

describe('enforced carrier services and FluidCall credentials', () => {
  it('lists a line’s enforced carrier services', async () => {
    const answer = await alice.get('/accounts/11/enforced_carrier_services')
    expect(answer.status).toBe(200)
    expect(answer.body.enforced_carrier_services.length).toBeGreaterThanOrEqual(3)
    for (const s of answer.body.enforced_carrier_services) {
      expect(s).toEqual({ id: expect.any(Number), name: expect.any(String), code: expect.any(String), description: expect.any(String), enforced_on: expect.stringMatching(ISO) })
    }
  })

  it('lists a line’s FluidCall credentials', async () => {
    const answer = await alice.get('/accounts/12/fluidcall_credentials')
    expect(answer.status).toBe(200)
    expect(answer.body.fluidcall_credentials.length).toBeGreaterThanOrEqual(1)
    for (const c of answer.body.fluidcall_credentials) {
      expect(c).toEqual({
        id: expect.any(Number),
        account_id: 12,
        username: expect.any(String),
        password: expect.any(String),
        sip_host: 'sip.fluidcall.ringplus.net',
        created_at: expect.stringMatching(ISO),
        updated_at: expect.stringMatching(ISO),
      })
    }
  })

  it('is a 404 for another user’s line', async () => {
    expect((await bob.get('/accounts/11/enforced_carrier_services')).status).toBe(404)
    expect((await bob.get('/accounts/11/fluidcall_credentials')).status).toBe(404)
  })

  it('accepts a trailing slash', async () => {
    const answer = await call(`${sandbox.url}/accounts/`, { headers: { authorization: `Bearer ${tokenFor(sandbox)}` } })
    expect(answer.status).toBe(200)
  })
})
