// POST /oauth/token: both grants, both client-authentication methods, PKCE, code single use
// and expiry, refresh rotation, and every RFC 6749 §5.2 error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { call, exchange, pkcePair, signIn, start } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start({ clock: 'manual' })
})
afterAll(() => sandbox.stop())

const REDIRECT = 'http://127.0.0.1:7002/callback'

async function code(options: { challenge?: string; publicClient?: boolean; scope?: string } = {}): Promise<string> {
  const { location } = await signIn(sandbox, {
    redirectUri: REDIRECT,
    clientId: options.publicClient ? sandbox.credentials.public_client_id : undefined,
    challenge: options.challenge,
    scope: options.scope,
  })
  return location.searchParams.get('code')!
}

const confidential = () => ({ client_id: sandbox.credentials.client_id, client_secret: sandbox.credentials.client_secret })
const accounts = (token: string) => call(`${sandbox.url}/accounts`, { headers: { authorization: `Bearer ${token}` } })

describe('authorization_code grant', () => {
  it('authenticates the client in the body', async () => {
    const answer = await exchange(sandbox, { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT, ...confidential() })
    expect(answer.status).toBe(200)
    expect(answer.body.scope).toBe('public')
    expect(answer.body.created_at).toBe(Math.floor(sandbox.clock.now().getTime() / 1000))
    expect((await accounts(answer.body.access_token)).status).toBe(200)
  })

  it('authenticates the client with HTTP Basic', async () => {
    const { client_id, client_secret } = sandbox.credentials
    const answer = await exchange(
      sandbox,
      { grant_type: 'authorization_code', code: await code({ scope: 'public manage voicemail request' }), redirect_uri: REDIRECT },
      { basic: [client_id, client_secret] },
    )
    expect(answer.status).toBe(200)
    expect(answer.body.scope).toBe('public manage voicemail request')
  })

  it('verifies PKCE for a confidential client that sent a challenge', async () => {
    const { verifier, challenge } = pkcePair()
    const c = await code({ challenge })
    const wrong = await exchange(sandbox, { grant_type: 'authorization_code', code: c, redirect_uri: REDIRECT, code_verifier: pkcePair().verifier, ...confidential() })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toBe('invalid_grant')
    // The failed attempt consumed the code.
    const right = await exchange(sandbox, { grant_type: 'authorization_code', code: c, redirect_uri: REDIRECT, code_verifier: verifier, ...confidential() })
    expect(right.body.error).toBe('invalid_grant')
  })

  it('requires the verifier from a public client', async () => {
    const { challenge } = pkcePair()
    const answer = await exchange(sandbox, {
      grant_type: 'authorization_code',
      code: await code({ challenge, publicClient: true }),
      redirect_uri: REDIRECT,
      client_id: sandbox.credentials.public_client_id,
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: 'invalid_request', error_description: expect.stringMatching(/PKCE/) })
  })

  it('refuses a public client that presents a secret', async () => {
    const { verifier, challenge } = pkcePair()
    const answer = await exchange(sandbox, {
      grant_type: 'authorization_code',
      code: await code({ challenge, publicClient: true }),
      redirect_uri: REDIRECT,
      client_id: sandbox.credentials.public_client_id,
      client_secret: 'made-up',
      code_verifier: verifier,
    })
    expect(answer.status).toBe(401)
    expect(answer.body.error).toBe('invalid_client')
  })

  it('a reused code fails and revokes the tokens it issued (RFC 6749 §4.1.2)', async () => {
    const c = await code()
    const first = await exchange(sandbox, { grant_type: 'authorization_code', code: c, redirect_uri: REDIRECT, ...confidential() })
    expect((await accounts(first.body.access_token)).status).toBe(200)
    const refreshed = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, ...confidential() })
    expect(refreshed.status).toBe(200)
    const second = await exchange(sandbox, { grant_type: 'authorization_code', code: c, redirect_uri: REDIRECT, ...confidential() })
    expect(second.status).toBe(400)
    expect(second.body.error).toBe('invalid_grant')
    expect((await accounts(first.body.access_token)).status).toBe(401)
    expect((await accounts(refreshed.body.access_token)).status).toBe(401)
    const refreshAgain = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token, ...confidential() })
    expect(refreshAgain.body.error).toBe('invalid_grant')
  })

  it('a code expires after 10 minutes on the sandbox clock', async () => {
    const c = await code()
    sandbox.clock.advance(10 * 60 * 1000 + 1000)
    const answer = await exchange(sandbox, { grant_type: 'authorization_code', code: c, redirect_uri: REDIRECT, ...confidential() })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toBe('invalid_grant')
  })

  it('the redirect_uri must repeat the one the code was issued for', async () => {
    const wrong = await exchange(sandbox, { grant_type: 'authorization_code', code: await code(), redirect_uri: 'http://127.0.0.1:7003/callback', ...confidential() })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toBe('invalid_request')
    const missing = await exchange(sandbox, { grant_type: 'authorization_code', code: await code(), ...confidential() })
    expect(missing.status).toBe(400)
  })

  it('an unknown code is invalid_grant; a missing code invalid_request', async () => {
    expect((await exchange(sandbox, { grant_type: 'authorization_code', code: 'f'.repeat(64), redirect_uri: REDIRECT, ...confidential() })).body.error).toBe('invalid_grant')
    expect((await exchange(sandbox, { grant_type: 'authorization_code', redirect_uri: REDIRECT, ...confidential() })).body.error).toBe('invalid_request')
  })
})

describe('client authentication errors', () => {
  it.each([
    ['a wrong secret in the body', { client_id: 'x', client_secret: 'y' }, undefined],
    ['a wrong secret', { client_id: undefined, client_secret: 'wrong' }, undefined],
    ['wrong Basic credentials', {}, ['nope', 'nope'] as [string, string]],
  ])('%s is 401 invalid_client with WWW-Authenticate', async (_name, client, basic) => {
    const params = {
      grant_type: 'authorization_code',
      code: 'a'.repeat(64),
      redirect_uri: REDIRECT,
      ...(basic ? {} : { client_id: sandbox.credentials.client_id }),
      ...client,
    }
    const answer = await exchange(sandbox, params, basic ? { basic } : {})
    expect(answer.status).toBe(401)
    expect(answer.body.error).toBe('invalid_client')
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="RingPlus"')
  })

  it('a confidential client without its secret', async () => {
    const answer = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: 'a'.repeat(64), client_id: sandbox.credentials.client_id })
    expect(answer.status).toBe(401)
    expect(answer.body.error).toBe('invalid_client')
  })
})

describe('request errors', () => {
  it('an unsupported grant type', async () => {
    for (const grant of ['password', 'client_credentials', 'implicit']) {
      const answer = await exchange(sandbox, { grant_type: grant, ...confidential() })
      expect(answer.status).toBe(400)
      expect(answer.body.error).toBe('unsupported_grant_type')
    }
  })

  it('a missing grant type', async () => {
    const answer = await exchange(sandbox, { ...confidential() })
    expect(answer.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) })
  })

  it('a JSON body', async () => {
    const answer = await call(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: 'x' }),
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toBe('invalid_request')
  })

  it('a parameter repeated with different values', async () => {
    const answer = await call(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&grant_type=authorization_code',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toBe('invalid_request')
  })
})

describe('refresh_token grant', () => {
  it('rotates: the new pair works, the old refresh token stops working', async () => {
    const first = await exchange(sandbox, { grant_type: 'authorization_code', code: await code({ scope: 'public voicemail' }), redirect_uri: REDIRECT, ...confidential() })
    const second = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, ...confidential() })
    expect(second.status).toBe(200)
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token)
    expect(second.body.access_token).not.toBe(first.body.access_token)
    expect(second.body.scope).toBe('public voicemail')
    expect((await accounts(second.body.access_token)).status).toBe(200)
    const replay = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, ...confidential() })
    expect(replay.status).toBe(400)
    expect(replay.body.error).toBe('invalid_grant')
  })

  it('may narrow the scope but not widen it', async () => {
    const first = await exchange(sandbox, { grant_type: 'authorization_code', code: await code({ scope: 'public voicemail' }), redirect_uri: REDIRECT, ...confidential() })
    const wider = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, scope: 'public manage', ...confidential() })
    expect(wider.status).toBe(400)
    expect(wider.body.error).toBe('invalid_scope')
    const narrower = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, scope: 'public', ...confidential() })
    expect(narrower.status).toBe(400) // the failed attempt above already rotated it away
    const fresh = await exchange(sandbox, { grant_type: 'authorization_code', code: await code({ scope: 'public voicemail' }), redirect_uri: REDIRECT, ...confidential() })
    const narrowed = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: fresh.body.refresh_token, scope: 'public', ...confidential() })
    expect(narrowed.status).toBe(200)
    expect(narrowed.body.scope).toBe('public')
  })

  it('a public client refreshes without a secret', async () => {
    const { verifier, challenge } = pkcePair()
    const c = await code({ challenge, publicClient: true })
    const client_id = sandbox.credentials.public_client_id
    const first = await exchange(sandbox, { grant_type: 'authorization_code', code: c, redirect_uri: REDIRECT, client_id, code_verifier: verifier })
    expect(first.status).toBe(200)
    const second = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, client_id })
    expect(second.status).toBe(200)
  })

  it('refuses a refresh token issued to another client', async () => {
    const first = await exchange(sandbox, { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT, ...confidential() })
    const answer = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, client_id: sandbox.credentials.public_client_id })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toBe('invalid_grant')
  })
})

describe('access-token lifetime', () => {
  it('expires_in is the configured 24 h, after which the API answers 401', async () => {
    const token = await exchange(sandbox, { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT, ...confidential() })
    expect(token.body.expires_in).toBe(86_400)
    sandbox.clock.advance(86_399_000)
    expect((await accounts(token.body.access_token)).status).toBe(200)
    sandbox.clock.advance(2_000)
    const expired = await accounts(token.body.access_token)
    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({ status: '401', error: 'invalid_token', message: 'The access token is invalid' })
    // The refresh token outlives it.
    const refreshed = await exchange(sandbox, { grant_type: 'refresh_token', refresh_token: token.body.refresh_token, ...confidential() })
    expect((await accounts(refreshed.body.access_token)).status).toBe(200)
  })
})
