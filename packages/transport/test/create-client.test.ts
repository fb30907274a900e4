import { AccountResponseSchema, ResponseValidationError } from '@ringplus/models'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { createClient } from '@ringplus/transport'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const account = {
  id: 12,
  user_id: 3,
  name: 'Steve',
  phone_number: '5551234567',
  balance: 12.5,
  registered_on: '2016-09-30T17:04:05Z',
  email_address: 'steve@example.com',
  account_services: [],
  active_device: { id: 1, model_name: 'Moto', esn: 'A1B2C3D4', registered_on: '2016-09-30T17:04:05Z' },
  voicemail_box: { id: 7, message_count: 2, new_message_count: 1 },
  billing_subscriptions: [],
}

describe('createClient', () => {
  it('sends the version Accept header, the bearer token and extra headers to the base URL', async () => {
    server.on('GET', '/accounts/12', (_req, res) => sendJson(res, 200, { account }))
    const client = createClient({ baseUrl: server.url + '/', auth: 'tok-123', headers: { 'X-App': 'tests' } })
    const response = await client.request({
      method: 'GET',
      path: '/accounts/12',
      endpoint: 'GET /accounts/{account_id}',
      schema: AccountResponseSchema,
      options: { headers: { 'X-Call': 'one' } },
    })
    const [received] = server.requests
    expect(received!.headers.accept).toBe('application/vnd.ringplus.v1')
    expect(received!.headers.authorization).toBe('Bearer tok-123')
    expect(received!.headers['x-app']).toBe('tests')
    expect(received!.headers['x-call']).toBe('one')
    expect(response.status).toBe(200)
    expect(response.url).toBe(`${server.url}/accounts/12`)
    expect(response.data.account.name).toBe('Steve')
    expect(response.data.account.registered_on).toBeInstanceOf(Date)
  })

  it('asks for another major version with `version`', async () => {
    server.on('GET', '/users', (_req, res) => sendJson(res, 200, {}))
    await createClient({ baseUrl: server.url, version: 2 }).request({ method: 'GET', path: '/users', endpoint: 'GET /users' })
    expect(server.requests[0]!.headers.accept).toBe('application/vnd.ringplus.v2')
  })

  it('lets per-call headers replace client headers whatever their case', async () => {
    server.on('GET', '/users', (_req, res) => sendJson(res, 200, {}))
    const client = createClient({ baseUrl: server.url, headers: { 'X-Tag': 'client' } })
    await client.request({ method: 'GET', path: '/users', endpoint: 'GET /users', options: { headers: { 'x-tag': 'call' } } })
    expect(server.requests[0]!.headers['x-tag']).toBe('call')
  })

  it('serialises query values: dates, booleans, arrays, and drops undefined and null', async () => {
    server.on('GET', '/accounts/1/phone_calls', (_req, res) => sendJson(res, 200, {}))
    await createClient({ baseUrl: server.url }).request({
      method: 'GET',
      path: '/accounts/1/phone_calls',
      endpoint: 'GET /accounts/{account_id}/phone_calls',
      query: {
        start_date: new Date('2016-09-01T00:00:00Z'),
        only_new: true,
        roaming: false,
        ids: [1, 2],
        page: 2,
        skipped: undefined,
        empty: null,
      },
    })
    expect(server.requests[0]!.url).toBe(
      '/accounts/1/phone_calls?start_date=2016-09-01T00%3A00%3A00.000Z&only_new=true&roaming=false&ids=1&ids=2&page=2',
    )
  })

  it('sends a JSON body and resolves 204 with undefined data', async () => {
    server.on('PUT', '/accounts/12', (_req, res) => {
      res.writeHead(204).end()
    })
    const response = await createClient({ baseUrl: server.url, auth: 't' }).request({
      method: 'PUT',
      path: '/accounts/12',
      endpoint: 'PUT /accounts/{account_id}',
      body: { account: { name: 'Steve' } },
    })
    expect(response.status).toBe(204)
    expect(response.data).toBeUndefined()
    expect(server.requests[0]!.headers['content-type']).toBe('application/json')
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ account: { name: 'Steve' } })
  })

  it('asks an AuthProvider for the token on every call', async () => {
    server.on('GET', '/users', (_req, res) => sendJson(res, 200, {}))
    let n = 0
    const client = createClient({ baseUrl: server.url, auth: { getToken: async () => `token-${++n}` } })
    await client.request({ method: 'GET', path: '/users', endpoint: 'GET /users' })
    await client.request({ method: 'GET', path: '/users', endpoint: 'GET /users' })
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
  })

  it('sends no Authorization without auth', async () => {
    server.on('GET', '/users', (_req, res) => sendJson(res, 200, {}))
    await createClient({ baseUrl: server.url }).request({ method: 'GET', path: '/users', endpoint: 'GET /users' })
    expect(server.requests[0]!.headers.authorization).toBeUndefined()
  })

  it('uses a custom fetch, called with the URL and an init object', async () => {
    server.on('GET', '/users', (_req, res) => sendJson(res, 200, { users: [] }))
    const seen: string[] = []
    const client = createClient({
      baseUrl: server.url,
      fetch: (url, init) => {
        seen.push(`${init.method} ${url}`)
        return fetch(url, init)
      },
    })
    await client.request({ method: 'GET', path: '/users', endpoint: 'GET /users' })
    expect(seen).toEqual([`GET ${server.url}/users`])
  })

  it('throws ResponseValidationError naming the endpoint when the body does not fit the schema', async () => {
    server.on('GET', '/accounts/12', (_req, res) => sendJson(res, 200, { account: { ...account, registered_on: 'yesterday' } }))
    const error = await createClient({ baseUrl: server.url })
      .request({ method: 'GET', path: '/accounts/12', endpoint: 'GET /accounts/{account_id}', schema: AccountResponseSchema })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResponseValidationError)
    expect((error as ResponseValidationError).endpoint).toBe('GET /accounts/{account_id}')
    expect((error as Error).message).toContain('account.registered_on')
  })

  it('throws ResponseValidationError for a malformed JSON body, without retrying', async () => {
    server.on('GET', '/users/1', (_req, res) => sendJson(res, 200, '{"user": {"id": 1,'))
    const error = await createClient({ baseUrl: server.url, retryDelay: 1 })
      .request({ method: 'GET', path: '/users/1', endpoint: 'GET /users/{user_id}', schema: v.object({ user: v.object({ id: v.number() }) }) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResponseValidationError)
    expect((error as ResponseValidationError).message).toBe('Invalid response from GET /users/{user_id}: expected a JSON body')
    expect((error as ResponseValidationError).body).toBe('{"user": {"id": 1,')
    expect(server.count()).toBe(1)
  })

  it('exposes the last X-Rate-Limit-* state', async () => {
    server.on('GET', '/users', (_req, res) =>
      sendJson(res, 200, {}, { 'x-rate-limit-limit': 600, 'x-rate-limit-remaining': 599, 'x-rate-limit-reset': 1_900_000_000 }),
    )
    const client = createClient({ baseUrl: server.url })
    expect(client.rateLimit).toBeUndefined()
    await client.request({ method: 'GET', path: '/users', endpoint: 'GET /users' })
    expect(client.rateLimit).toEqual({ limit: 600, remaining: 599, reset: new Date(1_900_000_000_000) })
  })
})
