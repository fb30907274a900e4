// Token-endpoint behaviour the sandbox cannot show (odd answers, dead hosts), against node:http.
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, test } from 'vitest'
import { NetworkError, TimeoutError } from '@ringplus/transport'
import { createMemoryTokenStore, createOAuthClient, OAuthError } from '@ringplus/auth'
import { startTestServer, type TestServer } from './helpers/http-server'

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const seeded = () =>
  createMemoryTokenStore({ access_token: 'old-access', refresh_token: 'old-refresh', token_type: 'bearer', scope: 'public voicemail' })
const json = (status: number, body: unknown) => (_: unknown, res: ServerResponse) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

describe('token endpoint', () => {
  test('confidential clients send form-encoded credentials with HTTP Basic (RFC 6749 §2.3.1), not in the body', async () => {
    server = await startTestServer(json(200, { access_token: 'new', token_type: 'Bearer', expires_in: 60, refresh_token: 'r2' }))
    const auth = createOAuthClient({
      clientId: 'id with:colon',
      clientSecret: 'sec ret/+=',
      redirectUri: 'http://127.0.0.1/cb',
      authBaseUrl: server.url,
      store: seeded(),
    })
    await auth.refreshToken()
    const request = server.requests[0]!
    expect(request).toMatchObject({ method: 'POST', url: '/oauth/token' })
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    const basic = Buffer.from(request.headers.authorization!.replace(/^Basic /, ''), 'base64').toString()
    expect(basic).toBe('id+with%3Acolon:sec+ret%2F%2B%3D')
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({ grant_type: 'refresh_token', refresh_token: 'old-refresh' })
  })

  test('public clients send client_id in the body and no Authorization header', async () => {
    server = await startTestServer(json(200, { access_token: 'new', token_type: 'bearer' }))
    const auth = createOAuthClient({ clientId: 'public-id', redirectUri: 'http://127.0.0.1/cb', authBaseUrl: server.url, store: seeded() })
    const token = await auth.refreshToken()
    expect(server.requests[0]!.headers.authorization).toBeUndefined()
    expect(new URLSearchParams(server.requests[0]!.body).get('client_id')).toBe('public-id')
    // RFC 6749 §6: no new refresh token or scope in the answer → the old ones stay.
    expect(token).toMatchObject({ access_token: 'new', refresh_token: 'old-refresh', scope: 'public voicemail' })
    expect(token.expires_at).toBeUndefined() // no expires_in: rely on the 401
  })

  test('an answer that is not OAuth is OAuthError invalid_response with the status', async () => {
    server = await startTestServer((_, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'))
    const auth = createOAuthClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb', authBaseUrl: server.url, store: seeded() })
    await expect(auth.refreshToken()).rejects.toMatchObject({ name: 'OAuthError', code: 'invalid_response', status: 502 })
  })

  test('a 200 without a bearer token is invalid_response; the stored token is kept', async () => {
    server = await startTestServer(json(200, { access_token: 'x', token_type: 'mac' }))
    const store = seeded()
    const auth = createOAuthClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb', authBaseUrl: server.url, store })
    const error = await auth.refreshToken().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OAuthError)
    expect(error).toMatchObject({ code: 'invalid_response', status: 200 })
    expect((await store.get())?.access_token).toBe('old-access')
  })

  test('a server that never answers is a TimeoutError; a dead one a NetworkError', async () => {
    server = await startTestServer(() => undefined) // never responds
    const slow = createOAuthClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb', authBaseUrl: server.url, store: seeded(), timeout: 100 })
    await expect(slow.refreshToken()).rejects.toBeInstanceOf(TimeoutError)
    const url = server.url
    await server.close()
    server = undefined
    const dead = createOAuthClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb', authBaseUrl: url, store: seeded() })
    const error = await dead.refreshToken().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as Error).message).toContain(`POST ${url}/oauth/token failed`)
  })

  test('after a failed refresh the next caller tries again (the failure is not cached)', async () => {
    let calls = 0
    server = await startTestServer((req, res) => {
      calls++
      if (calls === 1) return json(400, { error: 'temporarily_unavailable' })(req, res)
      json(200, { access_token: 'second', token_type: 'bearer' })(req, res)
    })
    const auth = createOAuthClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb', authBaseUrl: server.url, store: seeded() })
    await expect(auth.refreshToken()).rejects.toMatchObject({ code: 'temporarily_unavailable', status: 400 })
    await expect(auth.refreshToken()).resolves.toMatchObject({ access_token: 'second' })
  })

  test('onToken failing rejects the call that obtained the token, after it is stored', async () => {
    server = await startTestServer(json(200, { access_token: 'fresh', token_type: 'bearer' }))
    const store = seeded()
    const auth = createOAuthClient({
      clientId: 'c',
      redirectUri: 'http://127.0.0.1/cb',
      authBaseUrl: server.url,
      store,
      onToken: () => {
        throw new Error('database down')
      },
    })
    await expect(auth.refreshToken()).rejects.toThrow('database down')
    expect((await store.get())?.access_token).toBe('fresh')
  })
})
