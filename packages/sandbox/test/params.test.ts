// Contract §6: parameters from the query string, a form body or a JSON body; repeats; unknown
// parameters; body formats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, call, start, tokenFor } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start()
  alice = api(sandbox, tokenFor(sandbox, 0))
})
afterAll(() => sandbox.stop())

const name = async () => (await alice.get('/accounts/11')).body.account.name as string

describe('parameters', () => {
  it('a parameter repeated with the same value counts once', async () => {
    expect((await alice.query('PUT', '/accounts/11?account%5Bname%5D=Twice&account%5Bname%5D=Twice')).status).toBe(204)
    expect(await name()).toBe('Twice')
    expect((await alice.get('/accounts/11/phone_calls?per_page=5&per_page=5')).body.phone_calls).toHaveLength(5)
  })

  it('a parameter repeated with different values is a 400, and nothing changes', async () => {
    const answer = await alice.query('PUT', '/accounts/11?account%5Bname%5D=A&account%5Bname%5D=B')
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ status: '400', error: 'Bad Request', message: 'parameter given more than once with different values: account[name]' })
    expect(await name()).toBe('Twice')
  })

  it('query string and body are merged; the same value in both is fine, different values are not', async () => {
    expect((await alice.json('PUT', '/accounts/11?account%5Bname%5D=Same', { account: { name: 'Same' } })).status).toBe(204)
    expect((await alice.json('PUT', '/accounts/11?account%5Bname%5D=One', { account: { name: 'Other' } })).status).toBe(400)
    expect(await name()).toBe('Same')
  })

  it('ignores unknown parameters, including repeated path ids', async () => {
    const answer = await alice.json('PUT', '/accounts/11?account_id=11&utm_source=x', { account: { name: 'Known', nickname: 'ignored' }, extra: [1, 2] })
    expect(answer.status).toBe(204)
    expect(await name()).toBe('Known')
    expect((await alice.get('/accounts?colour=blue&sort=name')).status).toBe(200)
  })

  it('JSON values that are not strings are read as their text', async () => {
    const answer = await alice.json('POST', '/users/1/account_registration_requests', {
      account_registration_request: { name: 'Typed', billing_plan_id: 202, credit_card_id: 301, device_esn: 12345678 },
    })
    expect(answer.status).toBe(201)
    expect(answer.body.account_registration_request).toMatchObject({ billing_plan_id: 202, credit_card_id: 301, device_esn: '12345678' })
  })

  it('a structured value where a string belongs is a 422, and nothing changes', async () => {
    const before = await name()
    const answer = await alice.json('PUT', '/accounts/11', { account: { name: { first: 'A' } } })
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ errors: [{ code: 'invalid', field: 'name', message: 'must be a string' }] })
    expect((await alice.query('PUT', '/accounts/11?account%5Bname%5D%5B%5D=A')).status).toBe(422)
    expect(await name()).toBe(before)
  })

  it('malformed JSON is a 400', async () => {
    const answer = await call(`${sandbox.url}/accounts/11`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor(sandbox)}`, 'content-type': 'application/json' },
      body: '{"account": {"name": ',
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ status: '400', error: 'Bad Request', message: 'the request body is not valid JSON' })
  })

  it('a JSON body that is not an object is a 400', async () => {
    expect((await alice.json('PUT', '/accounts/11', ['account'])).status).toBe(400)
    expect((await alice.json('PUT', '/accounts/11', 'account')).status).toBe(400)
  })

  it('an empty JSON body is no body', async () => {
    const answer = await call(`${sandbox.url}/accounts/11`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor(sandbox)}`, 'content-type': 'application/json' },
      body: '',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.message).toBe('param is missing or the value is empty: account')
  })

  it('an unsupported body type is a 415', async () => {
    const answer = await call(`${sandbox.url}/accounts/11`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor(sandbox)}`, 'content-type': 'text/plain' },
      body: 'account[name]=x',
    })
    expect(answer.status).toBe(415)
    expect(answer.body).toMatchObject({ status: '415', error: 'Unsupported Media Type' })
  })

  it('accepts the vendor media type as a JSON body type', async () => {
    const answer = await call(`${sandbox.url}/accounts/11`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor(sandbox)}`, 'content-type': 'application/vnd.ringplus.v1+json; charset=utf-8' },
      body: JSON.stringify({ account: { name: 'Vendor' } }),
    })
    expect(answer.status).toBe(204)
    expect(await name()).toBe('Vendor')
  })

  it('does not let __proto__ in JSON reach anything', async () => {
    const answer = await call(`${sandbox.url}/accounts/11`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor(sandbox)}`, 'content-type': 'application/json' },
      body: '{"__proto__":{"polluted":true},"account":{"name":"Safe"}}',
    })
    expect(answer.status).toBe(204)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('CORS', () => {
  it('answers preflights and exposes the headers a browser app reads', async () => {
    const preflight = await call(`${sandbox.url}/accounts/11/phone_calls`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    const answer = await alice.get('/accounts/11/phone_calls', { origin: 'http://localhost:5173' })
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/Link.*X-Total-Count.*X-Rate-Limit-Remaining/)
    expect((await alice.get('/accounts')).headers.get('access-control-allow-origin')).toBeNull()
  })
})
