import { createHash } from 'node:crypto'
import * as v from 'valibot'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { createClient, createMemoryCache, type CachedResponse, type ResponseCache } from '@ringplus/transport'
import { createTestServer, sendJson, wait, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const UserSchema = v.object({ user: v.object({ id: v.number(), registered_on: v.pipe(v.string(), v.transform((s) => new Date(s))) }) })
const getUser = (client: ReturnType<typeof createClient>) =>
  client.request({ method: 'GET', path: '/users/1', endpoint: 'GET /users/{user_id}', schema: UserSchema })

/** A cache that records what it is given. */
function spyCache(): ResponseCache & { store: Map<string, CachedResponse> } {
  const store = new Map<string, CachedResponse>()
  return { store, get: (key) => store.get(key), set: (key, value) => void store.set(key, value), clear: () => store.clear() }
}

describe('createMemoryCache', () => {
  it('returns what was set until the TTL passes', async () => {
    const cache = createMemoryCache({ ttl: 30 })
    const entry = { status: 200, headers: {}, body: '{}' }
    await cache.set('a', entry)
    expect(await cache.get('a')).toBe(entry)
    await wait(40)
    expect(await cache.get('a')).toBeUndefined()
  })

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = createMemoryCache({ maxEntries: 2 })
    const entry = (body: string) => ({ status: 200, headers: {}, body })
    await cache.set('a', entry('a'))
    await cache.set('b', entry('b'))
    await cache.get('a') // a is now the most recent
    await cache.set('c', entry('c'))
    expect(await cache.get('b')).toBeUndefined()
    expect((await cache.get('a'))?.body).toBe('a')
    expect((await cache.get('c'))?.body).toBe('c')
  })
})

describe('client cache', () => {
  it('serves a repeated GET from the cache, validated again (fresh Date objects)', async () => {
    server.on('GET', '/users/1', (_req, res) => sendJson(res, 200, { user: { id: 1, registered_on: '2016-09-30T17:04:05Z' } }))
    const client = createClient({ baseUrl: server.url, auth: 'token-a', cache: createMemoryCache() })
    const first = await getUser(client)
    const second = await getUser(client)
    expect(server.count()).toBe(1)
    expect(second.data).toEqual(first.data)
    expect(second.data.user.registered_on).not.toBe(first.data.user.registered_on)
    expect(second.headers.get('content-type')).toContain('application/json')
  })

  it('keys entries by a SHA-256 of the token: two tokens never share, and the token is never stored', async () => {
    server.on('GET', '/users/1', (_req, res) => sendJson(res, 200, { user: { id: 1, registered_on: '2016-09-30T17:04:05Z' } }))
    const cache = spyCache()
    await getUser(createClient({ baseUrl: server.url, auth: 'token-a', cache }))
    await getUser(createClient({ baseUrl: server.url, auth: 'token-b', cache }))
    await getUser(createClient({ baseUrl: server.url, auth: 'token-a', cache }))
    expect(server.count()).toBe(2)
    const keys = [...cache.store.keys()]
    expect(keys).toHaveLength(2)
    expect(keys.join()).not.toContain('token-a')
    expect(JSON.stringify([...cache.store])).not.toContain('token-')
    expect(keys[0]).toContain(createHash('sha256').update('token-a').digest('hex'))
  })

  it('never caches errors', async () => {
    server.on('GET', '/users/1', (_req, res, hit) =>
      hit === 1 ? sendJson(res, 404, { status: '404', error: 'Not Found' }) : sendJson(res, 200, { user: { id: 1, registered_on: '2016-09-30T17:04:05Z' } }),
    )
    const cache = spyCache()
    const client = createClient({ baseUrl: server.url, auth: 't', cache })
    await expect(getUser(client)).rejects.toMatchObject({ status: 404 })
    expect(cache.store.size).toBe(0)
    await getUser(client)
    expect(server.count()).toBe(2)
  })

  it('never caches a body that failed validation', async () => {
    server.on('GET', '/users/1', (_req, res) => sendJson(res, 200, { user: { id: 'one' } }))
    const cache = spyCache()
    await expect(getUser(createClient({ baseUrl: server.url, cache }))).rejects.toMatchObject({ name: 'ResponseValidationError' })
    expect(cache.store.size).toBe(0)
  })

  it('a successful write clears the cache', async () => {
    server.on('GET', '/users/1', (_req, res) => sendJson(res, 200, { user: { id: 1, registered_on: '2016-09-30T17:04:05Z' } }))
    server.on('PUT', '/users/1', (_req, res) => void res.writeHead(204).end())
    const client = createClient({ baseUrl: server.url, auth: 't', cache: createMemoryCache() })
    await getUser(client)
    await client.request({ method: 'PUT', path: '/users/1', endpoint: 'PUT /users/{user_id}', body: { user: { email: 'a@example.com' } } })
    await getUser(client)
    expect(server.count('GET', '/users/1')).toBe(2)
  })
})
