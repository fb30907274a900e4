import { AccountListResponseSchema } from '@ringplus/models'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { createClient } from '@ringplus/transport'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import {
  createMemoryTokenStore,
  createOAuthClient,
  SignInRequiredError,
  type OAuthClient,
  type OAuthClientOptions,
  type TokenSet,
  type TokenStore,
} from '@ringplus/auth'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ processingDelayMs: 0, clock: 'manual' })
})
afterAll(async () => {
  await sandbox?.stop()
})
beforeEach(() => {
  sandbox.traffic.reset()
})

const day = 86_400_000
const tokenPosts = () => sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })
const userA = () => sandbox.credentials.users[0]!
const client = (extra: Partial<OAuthClientOptions> = {}) =>
  createOAuthClient({
    clientId: sandbox.credentials.client_id,
    clientSecret: sandbox.credentials.client_secret,
    redirectUri: 'http://127.0.0.1/callback',
    authBaseUrl: sandbox.url,
    ...extra,
  })
const issued = () => sandbox.issueToken({ email: userA().email })
const listAccounts = (auth: OAuthClient) =>
  createClient({ baseUrl: sandbox.url, auth, retryCount: 0 }).request({
    method: 'GET',
    path: '/accounts',
    endpoint: 'GET /accounts',
    schema: AccountListResponseSchema,
  })

describe('refresh', () => {
  test('rotates: a new pair replaces the old one, and the old refresh token is refused afterwards', async () => {
    const seen: TokenSet[] = []
    const auth = client({ onToken: (token) => void seen.push(token) })
    await auth.setToken(issued())
    const first = (await auth.getTokenSet())!
    const second = await auth.refreshToken()
    expect(second.access_token).not.toBe(first.access_token)
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect(await auth.getTokenSet()).toEqual(second)
    expect(seen).toEqual([second])
    expect(tokenPosts()).toBe(1)

    // Another holder of the old pair cannot use its refresh token any more.
    const stale = client({ store: createMemoryTokenStore(first) })
    await expect(stale.refreshToken()).rejects.toMatchObject({ name: 'OAuthError', code: 'invalid_grant', status: 400 })
    // The new pair keeps working.
    expect((await listAccounts(auth)).status).toBe(200)
    const third = await auth.refreshToken()
    expect(third.refresh_token).not.toBe(second.refresh_token)
  })

  test('50 concurrent API calls with a token the server considers expired cause exactly one refresh', async () => {
    const seen: TokenSet[] = []
    const auth = client({ onToken: (token) => void seen.push(token) })
    await auth.setToken(issued())
    const expired = await auth.getToken()
    sandbox.clock.advance(day + 60_000) // expired at the server; the client's own clock does not know
    sandbox.traffic.reset()

    const api = createClient({ baseUrl: sandbox.url, auth, retryCount: 0 })
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.request({ method: 'GET', path: '/accounts', endpoint: 'GET /accounts', schema: AccountListResponseSchema }),
      ),
    )
    expect(results.every((r) => r.status === 200 && r.data.accounts.length === userA().account_ids.length)).toBe(true)
    expect(tokenPosts()).toBe(1)
    expect(sandbox.traffic.count({ method: 'GET', path: '/accounts' })).toBe(100) // 50 refused + 50 replays
    expect(seen).toHaveLength(1)
    expect(await auth.getToken()).toBe(seen[0]!.access_token)
    expect(seen[0]!.access_token).not.toBe(expired)
  })

  test('refreshes ahead of expiry (refreshSkew), once for many concurrent callers, with no 401', async () => {
    const auth = client({ now: () => sandbox.clock.now().getTime(), refreshSkew: 120_000 })
    await auth.setToken(issued())
    const old = await auth.getToken()
    expect(tokenPosts()).toBe(0)
    sandbox.clock.advance(day - 60_000) // one minute left: inside the two-minute skew
    const tokens = await Promise.all(Array.from({ length: 20 }, () => auth.getToken()))
    expect(new Set(tokens).size).toBe(1)
    expect(tokens[0]).not.toBe(old)
    expect(tokenPosts()).toBe(1)
    sandbox.traffic.reset()
    await Promise.all(Array.from({ length: 5 }, () => listAccounts(auth)))
    expect(sandbox.traffic.count({ method: 'GET', path: '/accounts' })).toBe(5)
    expect(tokenPosts()).toBe(0)
  })

  test('a proactive refresh that fails still hands out the not-yet-expired token', async () => {
    const auth = client({ now: () => sandbox.clock.now().getTime() })
    await auth.setToken(issued())
    const current = await auth.getToken()
    sandbox.faults.add({ method: 'POST', path: '/oauth/token', kind: 'status', status: 503, times: 1 })
    sandbox.clock.advance(day - 30_000)
    expect(await auth.getToken()).toBe(current)
    expect(tokenPosts()).toBe(1)
    // Once really expired, the failure surfaces (here the next refresh succeeds).
    sandbox.clock.advance(60_000)
    expect(await auth.getToken()).not.toBe(current)
  })

  test('refresh({ rejectedToken }) adopts a token someone else already stored, without a request', async () => {
    const store = createMemoryTokenStore()
    const a = client({ store })
    const b = client({ store })
    await a.setToken(issued())
    const old = await a.getToken()
    const fresh = await a.refreshToken()
    expect(await b.refresh({ rejectedToken: old })).toBe(fresh.access_token)
    expect(tokenPosts()).toBe(1)
  })

  test('a token found due is not refreshed again if the store meanwhile holds a fresh one', async () => {
    const backing = createMemoryTokenStore()
    const a = client({ store: backing, now: () => sandbox.clock.now().getTime() })
    await a.setToken(issued())
    sandbox.clock.advance(day - 30_000) // inside the skew: due
    // B reads the due token; before it starts refreshing, "another process" (A) refreshes.
    let firstRead = true
    const shared: TokenStore = {
      async get() {
        const token = await backing.get()
        if (firstRead) {
          firstRead = false
          await a.refreshToken()
        }
        return token
      },
      set: (token) => backing.set(token),
      compareAndSet: (expected, next) => backing.compareAndSet!(expected, next),
    }
    const b = client({ store: shared, now: () => sandbox.clock.now().getTime() })
    expect(await b.getToken()).toBe((await backing.get())!.access_token)
    expect(tokenPosts()).toBe(1) // A's refresh only
  })

  test('two clients sharing a store refresh at once: one rotation wins, both end on the stored pair', async () => {
    const store = createMemoryTokenStore()
    const a = client({ store })
    const b = client({ store })
    await a.setToken(issued())
    const [fromA, fromB] = await Promise.all([a.refreshToken(), b.refreshToken()])
    const stored = (await store.get())!
    expect(fromA.access_token).toBe(stored.access_token)
    expect(fromB.access_token).toBe(stored.access_token)
    expect(tokenPosts()).toBe(2)
    expect((await listAccounts(b)).status).toBe(200)
  })

  test('without a token, or with an expired one and no refresh token, sign-in is required', async () => {
    await expect(client().getToken()).rejects.toBeInstanceOf(SignInRequiredError)
    const auth = client({ now: () => sandbox.clock.now().getTime() })
    const { refresh_token: _, ...accessOnly } = issued()
    await auth.setToken(accessOnly)
    await expect(auth.getToken()).resolves.toBe(accessOnly.access_token)
    sandbox.clock.advance(day)
    await expect(auth.getToken()).rejects.toThrow(/Sign-in required: the access token expired/)
    await expect(auth.refreshToken()).rejects.toThrow(/no refresh token/)
    expect(tokenPosts()).toBe(0)
  })

  test('setToken validates what it stores and undefined signs out', async () => {
    const auth = client()
    await expect(auth.setToken({ access_token: 'x', token_type: 'mac' })).rejects.toThrow(TypeError)
    await auth.setToken({ access_token: 'x', token_type: 'Bearer', expires_in: 60 })
    expect((await auth.getTokenSet())?.expires_at).toBeGreaterThan(Date.now() / 1000)
    await auth.setToken(undefined)
    expect(await auth.getTokenSet()).toBeUndefined()
  })

  test('a caller can stop waiting for a shared refresh without cancelling it for the others', async () => {
    const auth = client()
    await auth.setToken(issued())
    sandbox.faults.add({ method: 'POST', path: '/oauth/token', kind: 'latency', delayMs: 300, times: 1 })
    const controller = new AbortController()
    const waiting = auth.refreshToken({ signal: controller.signal })
    const other = auth.refreshToken()
    controller.abort(new Error('user gave up'))
    await expect(waiting).rejects.toThrow('user gave up')
    await expect(other).resolves.toMatchObject({ token_type: 'bearer' })
    expect(tokenPosts()).toBe(1)
  })
})
