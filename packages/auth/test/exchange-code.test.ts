import { AccountListResponseSchema } from '@ringplus/models'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  AuthorizationDeniedError,
  createOAuthClient,
  OAuthError,
  StateMismatchError,
  type OAuthClientOptions,
} from '@ringplus/auth'
import { browse } from './helpers/browser'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ processingDelayMs: 0 })
})
afterAll(async () => {
  await sandbox?.stop()
})

const redirectUri = 'http://127.0.0.1/callback'
const userA = () => sandbox.credentials.users[0]!
const confidential = (extra: Partial<OAuthClientOptions> = {}) =>
  createOAuthClient({
    clientId: sandbox.credentials.client_id,
    clientSecret: sandbox.credentials.client_secret,
    redirectUri,
    authBaseUrl: sandbox.url,
    ...extra,
  })
const publicClient = (extra: Partial<OAuthClientOptions> = {}) =>
  createOAuthClient({ clientId: sandbox.credentials.public_client_id, redirectUri, authBaseUrl: sandbox.url, ...extra })
const signIn = (url: string, consent?: 'approve' | 'deny') =>
  browse(url, { email: userA().email, password: userA().password, redirectUri, consent })
const listAccounts = (auth: ReturnType<typeof confidential>) =>
  createClient({ baseUrl: sandbox.url, auth, retryCount: 0 }).request({
    method: 'GET',
    path: '/accounts',
    endpoint: 'GET /accounts',
    schema: AccountListResponseSchema,
  })

describe('exchangeCode', () => {
  test('confidential client: sign-in, code exchange with PKCE and HTTP Basic, then API calls', async () => {
    const tokens: unknown[] = []
    const auth = confidential({ scopes: ['public', 'voicemail'], onToken: (token) => void tokens.push(token) })
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url)
    expect(new URL(callback).searchParams.get('state')).toBe(request.state)

    const token = await auth.exchangeCode(callback, request)
    expect(token).toMatchObject({ token_type: 'bearer', scope: 'public voicemail', expires_in: 86400 })
    expect(token.access_token).toMatch(/^[0-9a-f]{64}$/)
    expect(token.refresh_token).toMatch(/^[0-9a-f]{64}$/)
    expect(token.expires_at).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 86400 - 5)
    expect(tokens).toEqual([token])
    expect(await auth.getTokenSet()).toEqual(token)

    const { data, status } = await listAccounts(auth)
    expect(status).toBe(200)
    expect(data.accounts.length).toBe(userA().account_ids.length)
  })

  test('public client: PKCE alone, client_id in the body', async () => {
    const auth = publicClient()
    const request = await auth.authorizationUrl()
    const token = await auth.exchangeCode(await signIn(request.url), request)
    expect(token.scope).toBe('public')
    expect((await listAccounts(auth)).status).toBe(200)
  })

  test('a verifier that does not match the challenge is refused (PKCE is really checked)', async () => {
    const auth = publicClient()
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url)
    const other = await auth.authorizationUrl()
    await expect(auth.exchangeCode(callback, { ...request, codeVerifier: other.codeVerifier })).rejects.toMatchObject({
      name: 'OAuthError',
      code: 'invalid_grant',
      status: 400,
    })
  })

  test('a wrong or missing state is rejected before any network call', async () => {
    const auth = confidential()
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url)
    const before = sandbox.traffic.count()
    const forged = await auth.authorizationUrl()
    await expect(auth.exchangeCode(callback, { ...request, state: forged.state })).rejects.toBeInstanceOf(StateMismatchError)
    const stateless = new URL(callback)
    stateless.searchParams.delete('state')
    await expect(auth.exchangeCode(stateless, request)).rejects.toThrow(/carries no state/)
    // An attacker-injected error redirect with the wrong state is a state mismatch too, not a denial.
    await expect(
      auth.exchangeCode(`${redirectUri}?error=access_denied&state=${forged.state}`, request),
    ).rejects.toBeInstanceOf(StateMismatchError)
    expect(sandbox.traffic.count()).toBe(before)
    expect(await auth.getTokenSet()).toBeUndefined()
    // The untouched code still works with the right state.
    await expect(auth.exchangeCode(callback, request)).resolves.toMatchObject({ token_type: 'bearer' })
  })

  test('denied consent becomes AuthorizationDeniedError', async () => {
    const app = sandbox.createApplication({ name: 'Denied app', redirect_uris: [redirectUri] })
    const auth = confidential({ clientId: app.client_id, clientSecret: app.client_secret })
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url, 'deny')
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied')
    const before = sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })
    const error = await auth.exchangeCode(callback, request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthorizationDeniedError)
    expect(error).toBeInstanceOf(OAuthError)
    expect(error).toMatchObject({ code: 'access_denied', status: undefined })
    expect((error as Error).message).toMatch(/^Authorization denied: consent was refused/)
    expect(sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })).toBe(before)
  })

  test('consent granted through the consent page yields a working token', async () => {
    const app = sandbox.createApplication({ name: 'Approved app', redirect_uris: [redirectUri] })
    const auth = confidential({ clientId: app.client_id, clientSecret: app.client_secret })
    const request = await auth.authorizationUrl()
    const token = await auth.exchangeCode(await signIn(request.url, 'approve'), request)
    expect(token.access_token).toMatch(/^[0-9a-f]{64}$/)
  })

  test('other error redirects become OAuthError with the RFC code', async () => {
    const auth = confidential({ scopes: ['public', 'no_such_scope'] })
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url)
    const error = await auth.exchangeCode(callback, request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OAuthError)
    expect(error).not.toBeInstanceOf(AuthorizationDeniedError)
    expect(error).toMatchObject({ code: 'invalid_scope' })
  })

  test('a code used twice is refused, and the tokens it issued are revoked', async () => {
    const auth = confidential()
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url)
    const first = await auth.exchangeCode(callback, request)
    const error = await auth.exchangeCode(callback, request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OAuthError)
    expect(error).toMatchObject({ code: 'invalid_grant', status: 400, method: 'POST', url: `${sandbox.url}/oauth/token` })
    expect((error as Error).message).toContain(`POST ${sandbox.url}/oauth/token failed (400): invalid_grant`)
    const response = await fetch(`${sandbox.url}/accounts`, { headers: { authorization: `Bearer ${first.access_token}` } })
    expect(response.status).toBe(401)
  })

  test('a wrong client secret is invalid_client (401)', async () => {
    const auth = confidential({ clientSecret: 'not-the-secret' })
    const request = await auth.authorizationUrl()
    const callback = await signIn(request.url)
    await expect(auth.exchangeCode(callback, request)).rejects.toMatchObject({ name: 'OAuthError', code: 'invalid_client', status: 401 })
  })

  test('a redirect with neither code nor error is an invalid_request', async () => {
    const auth = confidential()
    const request = await auth.authorizationUrl()
    await expect(auth.exchangeCode(`${redirectUri}?state=${request.state}`, request)).rejects.toMatchObject({
      code: 'invalid_request',
    })
  })
})
