import { AccountListResponseSchema } from '@ringplus/models'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { createClient } from '@ringplus/transport'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { AuthorizationDeniedError, createOAuthClient, type OAuthClient, type OAuthClientOptions } from '@ringplus/auth'
import { ConsentRequiredError, InvalidCredentialsError, login, LoginPageError } from '@ringplus/auth/login'
import { startTestServer } from './helpers/http-server'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ processingDelayMs: 0 })
})
afterAll(async () => {
  await sandbox?.stop()
})
beforeEach(() => {
  sandbox.traffic.reset()
})

const redirectUri = 'http://127.0.0.1/callback'
const user = (i = 0) => sandbox.credentials.users[i]!
const tokenPosts = () => sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })
const client = (extra: Partial<OAuthClientOptions> = {}) =>
  createOAuthClient({
    clientId: sandbox.credentials.client_id,
    clientSecret: sandbox.credentials.client_secret,
    redirectUri,
    authBaseUrl: sandbox.url,
    ...extra,
  })
const listAccounts = (auth: OAuthClient) =>
  createClient({ baseUrl: sandbox.url, auth, retryCount: 0 }).request({
    method: 'GET',
    path: '/accounts',
    endpoint: 'GET /accounts',
    schema: AccountListResponseSchema,
  })

describe('login', () => {
  test('signs in with e-mail and password and stores a working token', async () => {
    const auth = client({ scopes: ['public', 'voicemail'] })
    const token = await login(auth, user().email, user().password)
    expect(token).toMatchObject({ token_type: 'bearer', scope: 'public voicemail' })
    expect(await auth.getTokenSet()).toEqual(token)
    expect(tokenPosts()).toBe(1)
    const { data } = await listAccounts(auth)
    expect(data.accounts.map((a) => a.id).sort()).toEqual([...user().account_ids].sort())
  })

  test('works for the public client too (PKCE only)', async () => {
    const auth = createOAuthClient({ clientId: sandbox.credentials.public_client_id, redirectUri, authBaseUrl: sandbox.url })
    await login(auth, user(1).email, user(1).password)
    expect((await listAccounts(auth)).status).toBe(200)
  })

  test('any port matches a loopback redirect URI', async () => {
    const auth = client()
    await expect(login(auth, user().email, user().password, { redirectUri: 'http://127.0.0.1:49152/callback' })).resolves.toMatchObject({
      token_type: 'bearer',
    })
  })

  test('a wrong password is InvalidCredentialsError, with no token requested or stored', async () => {
    const auth = client()
    const password = 'definitely-not-the-password'
    const error = await login(auth, user().email, password).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidCredentialsError)
    expect((error as InvalidCredentialsError).url).toBe(`${sandbox.url}/oauth/authorize`)
    expect((error as Error).message).toMatch(/wrong e-mail or password/)
    expect(JSON.stringify(error)).not.toContain(password)
    expect(JSON.stringify(error)).not.toContain(user().email)
    expect(tokenPosts()).toBe(0)
    expect(await auth.getTokenSet()).toBeUndefined()
  })

  test('an unknown e-mail is InvalidCredentialsError as well', async () => {
    await expect(login(client(), 'nobody@example.com', 'whatever-password')).rejects.toBeInstanceOf(InvalidCredentialsError)
  })

  test('an application the user never authorised needs consent; consent: true grants it once', async () => {
    const app = sandbox.createApplication({ name: 'Scripted app', redirect_uris: [redirectUri] })
    const auth = client({ clientId: app.client_id, clientSecret: app.client_secret, scopes: ['public'] })
    const error = await login(auth, user().email, user().password).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConsentRequiredError)
    expect(error).toMatchObject({ scopes: ['public'], url: `${sandbox.url}/oauth/authorize` })
    expect(tokenPosts()).toBe(0)

    await login(auth, user().email, user().password, { consent: true })
    expect((await listAccounts(auth)).status).toBe(200)
    // The grant is remembered: no consent needed the next time.
    await expect(login(auth, user().email, user().password)).resolves.toMatchObject({ scope: 'public' })
  })

  test('a revoked grant needs consent again', async () => {
    sandbox.revokeGrant({ email: user(2).email, client_id: sandbox.credentials.client_id })
    await expect(login(client(), user(2).email, user(2).password)).rejects.toBeInstanceOf(ConsentRequiredError)
    await expect(login(client(), user(2).email, user(2).password, { consent: true })).resolves.toMatchObject({ token_type: 'bearer' })
  })

  test('an unknown client id gets an error page, not a redirect: LoginPageError', async () => {
    const error = await login(client({ clientId: 'no-such-client' }), user().email, user().password).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LoginPageError)
    expect((error as LoginPageError).status).toBeGreaterThanOrEqual(400)
  })

  test('a scope the server refuses comes back as an error redirect', async () => {
    await expect(login(client({ scopes: ['bogus'] }), user().email, user().password)).rejects.toMatchObject({
      name: 'OAuthError',
      code: 'invalid_scope',
    })
  })
})

describe('login against pages it cannot understand', () => {
  const page = (html: string) => `<!doctype html><html><body>${html}</body></html>`
  const fake = async (handler: Parameters<typeof startTestServer>[0]) => {
    const server = await startTestServer(handler)
    const auth = createOAuthClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/callback', authBaseUrl: server.url })
    return { server, auth }
  }

  test('a page with no form', async () => {
    const { server, auth } = await fake((_, res) => res.end(page('<h1>Maintenance</h1>')))
    try {
      await expect(login(auth, 'a@example.com', 'pw')).rejects.toMatchObject({
        name: 'LoginPageError',
        status: 200,
        reason: 'neither a sign-in nor a consent form',
        url: `${server.url}/oauth/authorize`,
      })
    } finally {
      await server.close()
    }
  })

  test('a sign-in form that posts to another origin never gets the password', async () => {
    const { server, auth } = await fake((_, res) =>
      res.end(page('<form method="post" action="https://evil.example/steal"><input name="email" type="email"><input name="pw" type="password"></form>')),
    )
    try {
      await expect(login(auth, 'a@example.com', 'pw')).rejects.toThrow(/posts to another origin \(https:\/\/evil\.example\)/)
      expect(server.requests).toHaveLength(1)
    } finally {
      await server.close()
    }
  })

  test('a sign-in form using GET (password in the URL) is refused', async () => {
    const { server, auth } = await fake((_, res) =>
      res.end(page('<form><input name="user[email]"><input name="user[password]" type="password"></form>')),
    )
    try {
      await expect(login(auth, 'a@example.com', 'secret-pw')).rejects.toThrow(/would put the password in the URL/)
      expect(server.requests.map((r) => r.url).join()).not.toContain('secret-pw')
    } finally {
      await server.close()
    }
  })

  test('a redirect off the sign-in origin', async () => {
    const { server, auth } = await fake((_, res) => res.writeHead(302, { location: 'https://elsewhere.example/login' }).end())
    try {
      await expect(login(auth, 'a@example.com', 'pw')).rejects.toThrow(/redirected off the sign-in origin to https:\/\/elsewhere\.example/)
    } finally {
      await server.close()
    }
  })

  test('a redirect loop ends after a bounded number of requests', async () => {
    const { server, auth } = await fake((req, res) => res.writeHead(302, { location: `/loop/${server.requests.length}` }).end())
    try {
      await expect(login(auth, 'a@example.com', 'pw')).rejects.toThrow(/more than 20 requests/)
      expect(server.requests).toHaveLength(20)
    } finally {
      await server.close()
    }
  })

  test('posts every input back (hidden, checked boxes, selects) with cookies, and stops at the redirect URI', async () => {
    const { server, auth } = await fake((req, res) => {
      if (req.method === 'GET') {
        res.writeHead(200, { 'set-cookie': ['session=abc123; Path=/; HttpOnly; SameSite=Lax'], 'content-type': 'text/html' })
        res.end(
          page(`<form method="post" action="/session">
            <input type="hidden" name="authenticity_token" value="tok&amp;en">
            <input name="user[email]" type="email"><input name="user[password]" type="password">
            <input type="checkbox" name="remember" value="1" checked><input type="checkbox" name="spam" value="1">
            <select name="lang"><option value="en">English</option><option value="fr" selected>Français</option></select>
            <input type="submit" name="commit" value="Sign in"><input type="submit" name="other" value="Other">
          </form>`),
        )
        return
      }
      const state = new URL(server.requests[0]!.url, server.url).searchParams.get('state')
      res.writeHead(302, { location: `http://127.0.0.1:1/callback?error=access_denied&state=${state}` }).end()
    })
    try {
      await expect(login(auth, 'a@example.com', 'p@ss word')).rejects.toBeInstanceOf(AuthorizationDeniedError)
      const post = server.requests[1]!
      expect(post).toMatchObject({ method: 'POST', url: '/session' })
      expect(post.headers.cookie).toBe('session=abc123')
      expect(post.headers['content-type']).toBe('application/x-www-form-urlencoded')
      expect(Object.fromEntries(new URLSearchParams(post.body))).toEqual({
        authenticity_token: 'tok&en',
        'user[email]': 'a@example.com',
        'user[password]': 'p@ss word',
        remember: '1',
        lang: 'fr',
        commit: 'Sign in',
      })
      expect(server.requests).toHaveLength(2) // the redirect URI itself is never fetched
    } finally {
      await server.close()
    }
  })
})
