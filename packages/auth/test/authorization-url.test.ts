import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { createOAuthClient } from '@ringplus/auth'

const base = { clientId: 'client-123', redirectUri: 'https://app.example.com/callback' }

describe('authorizationUrl', () => {
  test('targets the RingPlus authorization endpoint with PKCE S256 and a random state', async () => {
    const auth = createOAuthClient({ ...base, scopes: ['public', 'voicemail'] })
    const request = await auth.authorizationUrl()
    const url = new URL(request.url)
    expect(url.origin + url.pathname).toBe('https://my.ringplus.net/oauth/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-123',
      redirect_uri: 'https://app.example.com/callback',
      scope: 'public voicemail',
      state: request.state,
      code_challenge: createHash('sha256').update(request.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    })
    // RFC 7636 §4.1: 43–128 unreserved characters; 32 random bytes give 43.
    expect(request.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(request.state).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(request.redirectUri).toBe(base.redirectUri)
  })

  test('every request gets a fresh state and verifier', async () => {
    const auth = createOAuthClient(base)
    const requests = await Promise.all(Array.from({ length: 20 }, () => auth.authorizationUrl()))
    expect(new Set(requests.map((r) => r.state)).size).toBe(20)
    expect(new Set(requests.map((r) => r.codeVerifier)).size).toBe(20)
    expect(new Set(requests.map((r) => r.state).concat(requests.map((r) => r.codeVerifier))).size).toBe(40)
  })

  test('sends no scope when none is configured (the server grants public)', async () => {
    const url = new URL((await createOAuthClient(base).authorizationUrl()).url)
    expect(url.searchParams.has('scope')).toBe(false)
  })

  test('per-request scopes and redirect URI override the client settings', async () => {
    const auth = createOAuthClient({ ...base, scopes: ['public'] })
    const request = await auth.authorizationUrl({ scopes: ['manage'], redirectUri: 'http://127.0.0.1:8123/callback' })
    const url = new URL(request.url)
    expect(url.searchParams.get('scope')).toBe('manage')
    expect(url.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:8123/callback')
    expect(request.redirectUri).toBe('http://127.0.0.1:8123/callback')
  })

  test('authBaseUrl points both endpoints at another origin; explicit URLs win', async () => {
    const sandboxed = createOAuthClient({ ...base, authBaseUrl: 'http://127.0.0.1:4010/' })
    expect(new URL((await sandboxed.authorizationUrl()).url).href).toMatch(/^http:\/\/127\.0\.0\.1:4010\/oauth\/authorize\?/)
    const custom = createOAuthClient({ ...base, authorizeUrl: 'https://id.example.com/authorize' })
    expect((await custom.authorizationUrl()).url).toMatch(/^https:\/\/id\.example\.com\/authorize\?/)
  })

  test('refuses plain http except on loopback hosts unless explicitly allowed', () => {
    expect(() => createOAuthClient({ ...base, authBaseUrl: 'http://auth.example.com' })).toThrow(TypeError)
    expect(() => createOAuthClient({ ...base, tokenUrl: 'http://auth.example.com/oauth/token' })).toThrow(/tokenUrl must use https/)
    expect(() => createOAuthClient({ ...base, authBaseUrl: 'not a url' })).toThrow(/not an absolute URL/)
    for (const host of ['http://127.0.0.1:1234', 'http://localhost:99', 'http://[::1]:8080']) {
      expect(() => createOAuthClient({ ...base, authBaseUrl: host })).not.toThrow()
    }
    expect(() => createOAuthClient({ ...base, authBaseUrl: 'http://auth.internal', allowInsecureRequests: true })).not.toThrow()
  })

  test('requires a client id', () => {
    expect(() => createOAuthClient({ ...base, clientId: '' })).toThrow(/clientId is required/)
  })
})
