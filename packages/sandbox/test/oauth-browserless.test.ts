// The sign-in form driven as a browserless client (the Python client's "login hack") would:
// GET the authorize URL, parse the form, post every input back, follow redirects to the
// redirect URI, exchange the code with PKCE, call the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { CookieJar, authorizeUrl, browse, call, decodeEntities, exchange, pkcePair, readForms, start, submit } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start()
})
afterAll(() => sandbox.stop())

describe('browserless sign-in', () => {
  it('signs in through the HTML form, exchanges the code with PKCE and calls the API', async () => {
    const { public_client_id, users } = sandbox.credentials
    const alice = users[0]!
    const { verifier, challenge } = pkcePair()
    const redirectUri = 'http://127.0.0.1:51234/callback'
    const jar = new CookieJar()

    // 1. GET the authorize URL: the sign-in page.
    const pageUrl = authorizeUrl(sandbox, {
      response_type: 'code',
      client_id: public_client_id,
      redirect_uri: redirectUri,
      scope: 'public voicemail',
      state: 'xyz-123',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })
    const page = await browse(pageUrl, jar)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')

    // 2. Parse the form: every <input> is named, and the CSRF token is there.
    const [form] = readForms(page.text)
    expect(form).toBeDefined()
    expect(form!.method).toBe('post')
    expect(new URL(form!.action, pageUrl).toString()).toBe(pageUrl)
    const names = form!.inputs.map((i) => i.name)
    expect(names).toEqual(['utf8', 'authenticity_token', 'user[email]', 'user[password]', 'commit'])
    expect(form!.inputs.find((i) => i.name === 'authenticity_token')!.value.length).toBeGreaterThan(20)
    const session = jar.raw.find((c) => c.startsWith('_ringplus_session='))
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)

    // 3. Post every input back with the e-mail and password filled in.
    const posted = await submit(pageUrl, form!, jar, { 'user[email]': alice.email, 'user[password]': alice.password })

    // 4. Follow redirects to the redirect URI (seeded users pre-granted the app: no consent step).
    expect(posted.status).toBe(302)
    const location = new URL(posted.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri)
    expect(location.searchParams.get('state')).toBe('xyz-123')
    const code = location.searchParams.get('code')!
    expect(code).toMatch(/^[0-9a-f]{64}$/)

    // 5. Exchange the code (public client: no secret, PKCE verifier).
    const token = await exchange(sandbox, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: public_client_id,
      code_verifier: verifier,
    })
    expect(token.status).toBe(200)
    expect(token.headers.get('cache-control')).toBe('no-store')
    expect(token.body).toEqual({
      access_token: expect.stringMatching(/^[0-9a-f]{64}$/),
      token_type: 'bearer',
      expires_in: 86400,
      refresh_token: expect.stringMatching(/^[0-9a-f]{64}$/),
      scope: 'public voicemail',
      created_at: expect.any(Number),
    })

    // 6. Call the API.
    const accounts = await call(`${sandbox.url}/accounts`, {
      headers: { authorization: `Bearer ${token.body.access_token}`, accept: 'application/vnd.ringplus.v1' },
    })
    expect(accounts.status).toBe(200)
    expect(accounts.body.accounts.map((a: { id: number }) => a.id).sort()).toEqual(alice.account_ids)
  })

  it('escapes what it echoes into the page', async () => {
    const jar = new CookieJar()
    const pageUrl = authorizeUrl(sandbox, {
      response_type: 'code',
      client_id: sandbox.credentials.client_id,
      redirect_uri: 'http://127.0.0.1/callback',
    })
    const page = await browse(pageUrl, jar)
    const evil = '"><script>alert(1)</script>'
    const again = await submit(pageUrl, readForms(page.text)[0]!, jar, { 'user[email]': evil, 'user[password]': 'nope' })
    expect(again.status).toBe(401)
    expect(again.text).not.toContain('<script>alert(1)</script>')
    expect(again.text).toContain('Invalid email or password.')
    const [form] = readForms(again.text)
    expect(decodeEntities(form!.inputs.find((i) => i.name === 'user[email]')!.value)).toBe(evil)
  })
})
