// GET/POST /oauth/authorize: every error path of contract §2, consent, sessions, CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { CookieJar, authorizeUrl, browse, call, pkcePair, readForms, signIn, start, submit } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start()
})
afterAll(() => sandbox.stop())

const REDIRECT = 'http://127.0.0.1:7001/callback'
const base = () => ({ response_type: 'code', client_id: sandbox.credentials.client_id, redirect_uri: REDIRECT, state: 's1' })

function redirectedTo(answer: { status: number; headers: Headers }): URL {
  expect(answer.status).toBe(302)
  return new URL(answer.headers.get('location')!)
}

describe('errors shown as a page, never redirected', () => {
  it.each([
    ['an unknown client_id', { client_id: 'nope' }, /Unknown application/],
    ['a missing client_id', { client_id: undefined }, /Unknown application/],
    ['an unregistered redirect_uri', { redirect_uri: 'http://evil.example/callback' }, /not registered/],
    ['a registered path with another host', { redirect_uri: 'http://127.0.0.2/callback' }, /not registered/],
    ['a different path on a loopback host', { redirect_uri: 'http://127.0.0.1:7001/callback/other' }, /not registered/],
    ['a redirect_uri with a fragment', { redirect_uri: 'http://127.0.0.1:7001/callback#x' }, /not registered/],
    ['a missing redirect_uri', { redirect_uri: undefined }, /required/],
  ])('%s', async (_name, override, message) => {
    const answer = await call(authorizeUrl(sandbox, { ...base(), ...override }))
    expect(answer.status).toBe(400)
    expect(answer.headers.get('location')).toBeNull()
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(answer.text).toMatch(message)
  })

  it('a parameter repeated with different values', async () => {
    const answer = await call(`${authorizeUrl(sandbox, base())}&state=s2`)
    expect(answer.status).toBe(400)
    expect(answer.headers.get('location')).toBeNull()
  })
})

describe('errors redirected with error and state (RFC 6749 §4.1.2.1)', () => {
  it.each([
    ['unsupported_response_type', { response_type: 'token' }],
    ['invalid_request', { response_type: undefined }],
    ['invalid_scope', { scope: 'public admin' }],
    ['invalid_request', { code_challenge: pkcePair().challenge, code_challenge_method: 'plain' }],
    ['invalid_request', { code_challenge: 'too-short' }],
    ['invalid_request', { code_challenge_method: 'S256' }],
  ])('%s for %j', async (error, override) => {
    const location = redirectedTo(await call(authorizeUrl(sandbox, { ...base(), ...override })))
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT)
    expect(location.searchParams.get('error')).toBe(error)
    expect(location.searchParams.get('state')).toBe('s1')
    expect(location.searchParams.get('code')).toBeNull()
  })

  it('a state that is not printable ASCII is invalid_request, and is not echoed', async () => {
    const location = redirectedTo(await call(authorizeUrl(sandbox, { ...base(), state: 'caf\u00e9\n' })))
    expect(location.searchParams.get('error')).toBe('invalid_request')
    expect(location.searchParams.has('state')).toBe(false)
  })

  it('a public client without PKCE', async () => {
    const location = redirectedTo(
      await call(authorizeUrl(sandbox, { ...base(), client_id: sandbox.credentials.public_client_id })),
    )
    expect(location.searchParams.get('error')).toBe('invalid_request')
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/)
  })
})

describe('redirect URIs', () => {
  it.each(['http://127.0.0.1/callback', 'http://127.0.0.1:1/callback', 'http://localhost:65535/callback'])(
    'loopback %s matches on any port',
    async (uri) => {
      const { location } = await signIn(sandbox, { redirectUri: uri, state: 'p' })
      expect(location.toString().startsWith(uri)).toBe(true)
      expect(location.searchParams.get('code')).toMatch(/^[0-9a-f]{64}$/)
    },
  )

  it('a non-loopback URI must match exactly, port included', async () => {
    const app = sandbox.createApplication({ name: 'Exact', redirect_uris: ['https://app.example.com/cb'] })
    const bad = await call(authorizeUrl(sandbox, { ...base(), client_id: app.client_id, redirect_uri: 'https://app.example.com:8443/cb' }))
    expect(bad.status).toBe(400)
    const good = await call(authorizeUrl(sandbox, { ...base(), client_id: app.client_id, redirect_uri: 'https://app.example.com/cb' }))
    expect(good.status).toBe(200)
  })

  it('keeps a query the redirect URI already has', async () => {
    const app = sandbox.createApplication({ name: 'Query', redirect_uris: ['http://127.0.0.1/cb?tenant=7'] })
    const { location } = await signIn(sandbox, { clientId: app.client_id, redirectUri: 'http://127.0.0.1:9000/cb?tenant=7', state: 'q' })
    expect(location.searchParams.get('tenant')).toBe('7')
    expect(location.searchParams.get('state')).toBe('q')
  })
})

describe('sign-in', () => {
  it('answers a wrong password with the sign-in page again (401) and no redirect', async () => {
    const jar = new CookieJar()
    const url = authorizeUrl(sandbox, base())
    const page = await browse(url, jar)
    const answer = await submit(url, readForms(page.text)[0]!, jar, { 'user[email]': 'alice@example.com', 'user[password]': 'wrong password' })
    expect(answer.status).toBe(401)
    expect(answer.headers.get('location')).toBeNull()
    expect(readForms(answer.text)[0]!.inputs.map((i) => i.name)).toContain('user[password]')
  })

  it('refuses a post without the session cookie (CSRF) with 422', async () => {
    const url = authorizeUrl(sandbox, base())
    const page = await call(url)
    const answer = await submit(url, readForms(page.text)[0]!, new CookieJar(), {
      'user[email]': 'alice@example.com',
      'user[password]': sandbox.credentials.users[0]!.password,
    })
    expect(answer.status).toBe(422)
    expect(answer.headers.get('location')).toBeNull()
  })

  it('refuses a forged authenticity_token', async () => {
    const jar = new CookieJar()
    const url = authorizeUrl(sandbox, base())
    const page = await browse(url, jar)
    const answer = await submit(url, readForms(page.text)[0]!, jar, {
      authenticity_token: 'forged',
      'user[email]': 'alice@example.com',
      'user[password]': sandbox.credentials.users[0]!.password,
    })
    expect(answer.status).toBe(422)
  })

  it('accepts the parameters the Python client repeats with the same value', async () => {
    const jar = new CookieJar()
    const url = `${authorizeUrl(sandbox, base())}&response_type=code&client_id=${sandbox.credentials.client_id}&redirect_uri=${encodeURIComponent(REDIRECT)}`
    const page = await browse(url, jar)
    expect(page.status).toBe(200)
    const answer = await submit(url, readForms(page.text)[0]!, jar, {
      'user[email]': 'alice@example.com',
      'user[password]': sandbox.credentials.users[0]!.password,
    })
    expect(redirectedTo(answer).searchParams.get('code')).toBeTruthy()
  })

  it('keeps the user signed in: the next authorize redirects at once', async () => {
    const { jar } = await signIn(sandbox, { redirectUri: REDIRECT })
    const again = await browse(authorizeUrl(sandbox, { ...base(), state: 'second' }), jar)
    const location = redirectedTo(again)
    expect(location.searchParams.get('state')).toBe('second')
    expect(location.searchParams.get('code')).toBeTruthy()
  })

  it('posting to the bare authorize URL uses the request pending in the session', async () => {
    const jar = new CookieJar()
    const page = await browse(authorizeUrl(sandbox, base()), jar)
    const form = readForms(page.text)[0]!
    const answer = await submit(`${sandbox.url}/oauth/authorize`, { ...form, action: '/oauth/authorize' }, jar, {
      'user[email]': 'alice@example.com',
      'user[password]': sandbox.credentials.users[0]!.password,
    })
    expect(redirectedTo(answer).searchParams.get('state')).toBe('s1')
  })
})

describe('consent', () => {
  it('asks for consent for an application not yet granted; Authorize issues a code and is remembered', async () => {
    const app = sandbox.createApplication({ name: 'New <App>', redirect_uris: ['http://127.0.0.1/cb'] })
    const jar = new CookieJar()
    const url = authorizeUrl(sandbox, { ...base(), client_id: app.client_id, redirect_uri: 'http://127.0.0.1:7777/cb', scope: 'public manage' })
    const page = await browse(url, jar)
    const consent = await submit(url, readForms(page.text)[0]!, jar, {
      'user[email]': 'bob@example.com',
      'user[password]': sandbox.credentials.users[1]!.password,
    })
    expect(consent.status).toBe(200)
    expect(consent.text).toContain('New &lt;App&gt;')
    const forms = readForms(consent.text)
    expect(forms).toHaveLength(2)
    for (const form of forms) for (const input of form.inputs) expect(input.name).toBeTruthy()
    const allow = forms.find((f) => f.inputs.some((i) => i.name === 'decision' && i.value === 'allow'))!
    const location = redirectedTo(await submit(url, allow, jar))
    expect(location.searchParams.get('code')).toBeTruthy()
    // Granted now: the same request goes straight through.
    expect(redirectedTo(await browse(url, jar)).searchParams.get('code')).toBeTruthy()
    // A wider scope asks again.
    const wider = await browse(authorizeUrl(sandbox, { ...base(), client_id: app.client_id, redirect_uri: 'http://127.0.0.1/cb', scope: 'request' }), jar)
    expect(wider.status).toBe(200)
    expect(readForms(wider.text)).toHaveLength(2)
  })

  it('Deny redirects with access_denied and the state', async () => {
    const app = sandbox.createApplication({ name: 'Denied', redirect_uris: ['http://127.0.0.1/cb'] })
    const jar = new CookieJar()
    const url = authorizeUrl(sandbox, { ...base(), client_id: app.client_id, redirect_uri: 'http://127.0.0.1/cb' })
    const page = await browse(url, jar)
    const consent = await submit(url, readForms(page.text)[0]!, jar, {
      'user[email]': 'carol@example.com',
      'user[password]': sandbox.credentials.users[2]!.password,
    })
    const deny = readForms(consent.text).find((f) => f.inputs.some((i) => i.name === 'decision' && i.value === 'deny'))!
    const location = redirectedTo(await submit(url, deny, jar))
    expect(location.searchParams.get('error')).toBe('access_denied')
    expect(location.searchParams.get('state')).toBe('s1')
  })

  it('a revoked grant goes through consent again', async () => {
    const email = sandbox.credentials.users[1]!.email
    sandbox.revokeGrant({ email, client_id: sandbox.credentials.client_id })
    const jar = new CookieJar()
    const url = authorizeUrl(sandbox, base())
    const page = await browse(url, jar)
    const consent = await submit(url, readForms(page.text)[0]!, jar, { 'user[email]': email, 'user[password]': sandbox.credentials.users[1]!.password })
    expect(consent.status).toBe(200)
    expect(readForms(consent.text)).toHaveLength(2)
  })
})

describe('password changes', () => {
  it('PUT /users/{id} with a new password changes what the sign-in page accepts', async () => {
    const carol = sandbox.credentials.users[2]!
    const token = sandbox.issueToken({ email: carol.email, scope: 'manage' }).access_token
    const put = await call(`${sandbox.url}/users/${carol.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { password: 'a brand new passphrase' } }),
    })
    expect(put.status).toBe(204)
    await expect(signIn(sandbox, { user: 2, redirectUri: REDIRECT })).rejects.toThrow(/401/)
    const jar = new CookieJar()
    const url = authorizeUrl(sandbox, base())
    const page = await browse(url, jar)
    const answer = await submit(url, readForms(page.text)[0]!, jar, { 'user[email]': carol.email, 'user[password]': 'a brand new passphrase' })
    expect(redirectedTo(answer).searchParams.get('code')).toBeTruthy()
  })
})
