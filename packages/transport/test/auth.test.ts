import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { AuthenticationError, PermissionError, createClient, type AuthProvider, type HttpMethod } from '@ringplus/transport'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const invalidToken = { status: '401', error: 'invalid_token', message: 'The access token is invalid' }
const challenge = { 'www-authenticate': 'Bearer realm="RingPlus", error="invalid_token"' }

/** Accepts only `Bearer <valid>`. */
function guarded(method: HttpMethod, valid: string): void {
  server.on(method, '/me', (req, res) =>
    req.headers.authorization === `Bearer ${valid}` ? sendJson(res, 200, { ok: true }) : sendJson(res, 401, invalidToken, challenge),
  )
}

function provider(initial: string, refreshed: string) {
  const calls = { getToken: 0, refresh: [] as string[] }
  let current = initial
  const auth: AuthProvider = {
    async getToken() {
      calls.getToken++
      return current
    },
    async refresh({ rejectedToken }) {
      calls.refresh.push(rejectedToken)
      current = refreshed
      return current
    },
  }
  return { auth, calls }
}

describe('auth refresh-and-replay', () => {
  it('refreshes once on 401 invalid_token and replays the call with the new token', async () => {
    guarded('GET', 'fresh')
    const { auth, calls } = provider('stale', 'fresh')
    const response = await createClient({ baseUrl: server.url, auth }).request({ method: 'GET', path: '/me', endpoint: 'GET /me' })
    expect(response.status).toBe(200)
    expect(calls.refresh).toEqual(['stale'])
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer stale', 'Bearer fresh'])
  })

  it('replays a POST once after a refresh (a 401 was not processed)', async () => {
    guarded('POST', 'fresh')
    const { auth } = provider('stale', 'fresh')
    await createClient({ baseUrl: server.url, auth }).request({ method: 'POST', path: '/me', endpoint: 'POST /me', body: { a: 1 } })
    expect(server.count('POST', '/me')).toBe(2)
  })

  it('refreshes only once: a second 401 is thrown as AuthenticationError', async () => {
    guarded('GET', 'never')
    const { auth, calls } = provider('stale', 'still-bad')
    const error = await createClient({ baseUrl: server.url, auth, retryDelay: 1 })
      .request({ method: 'GET', path: '/me', endpoint: 'GET /me' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(calls.refresh).toEqual(['stale'])
    expect(server.count()).toBe(2)
  })

  it('recognises invalid_token from WWW-Authenticate alone', async () => {
    server.on('GET', '/me', (req, res) =>
      req.headers.authorization === 'Bearer fresh' ? sendJson(res, 200, {}) : void res.writeHead(401, challenge).end(),
    )
    const { auth, calls } = provider('stale', 'fresh')
    await createClient({ baseUrl: server.url, auth }).request({ method: 'GET', path: '/me', endpoint: 'GET /me' })
    expect(calls.refresh).toHaveLength(1)
  })

  it('does not refresh on a 403 insufficient_scope', async () => {
    server.on('GET', '/me', (_req, res) =>
      sendJson(res, 403, { status: '403', error: 'insufficient_scope' }, { 'www-authenticate': 'Bearer error="insufficient_scope", scope="manage"' }),
    )
    const { auth, calls } = provider('t', 'u')
    const error = await createClient({ baseUrl: server.url, auth }).request({ method: 'GET', path: '/me', endpoint: 'GET /me' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(calls.refresh).toEqual([])
  })

  it('with a static token string there is nothing to refresh', async () => {
    guarded('GET', 'fresh')
    const error = await createClient({ baseUrl: server.url, auth: 'stale' })
      .request({ method: 'GET', path: '/me', endpoint: 'GET /me' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(server.count()).toBe(1)
  })

  it('passes the signal to the provider and rejects with the refresh error', async () => {
    guarded('GET', 'fresh')
    const signals: (AbortSignal | undefined)[] = []
    const refreshError = new Error('invalid_grant')
    const auth: AuthProvider = {
      getToken: async ({ signal }) => (signals.push(signal), 'stale'),
      refresh: async ({ signal }) => {
        signals.push(signal)
        throw refreshError
      },
    }
    const controller = new AbortController()
    await expect(
      createClient({ baseUrl: server.url, auth }).request({ method: 'GET', path: '/me', endpoint: 'GET /me', options: { signal: controller.signal } }),
    ).rejects.toBe(refreshError)
    expect(signals).toEqual([controller.signal, controller.signal])
  })
})
