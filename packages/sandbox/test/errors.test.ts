// Every row of contract §3, each body exactly as the contract writes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, call, start, tokenFor } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start({ clock: 'manual', rateLimit: { requests: 50, windowSeconds: 60 } })
})
afterAll(() => sandbox.stop())

const INVALID_TOKEN = { status: '401', error: 'invalid_token', message: 'The access token is invalid' }

describe('contract §3', () => {
  it.each([
    ['missing', undefined],
    ['unknown', 'Bearer ' + 'f'.repeat(64)],
    ['malformed', 'Bearer'],
    ['of another scheme', 'Basic dXNlcjpwYXNz'],
  ])('401 for a %s token', async (_name, authorization) => {
    const answer = await call(`${sandbox.url}/accounts`, { headers: authorization ? { authorization } : {} })
    expect(answer.status).toBe(401)
    expect(answer.body).toEqual(INVALID_TOKEN)
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="RingPlus", error="invalid_token"')
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
  })

  it('401 for an expired token', async () => {
    const token = sandbox.issueToken({ email: 'alice@example.com', expires_in: 60 }).access_token
    expect((await api(sandbox, token).get('/accounts')).status).toBe(200)
    sandbox.clock.advance(61_000)
    const answer = await api(sandbox, token).get('/accounts')
    expect(answer.status).toBe(401)
    expect(answer.body).toEqual(INVALID_TOKEN)
  })

  it('401 for a revoked token', async () => {
    const token = tokenFor(sandbox, 1)
    expect((await api(sandbox, token).get('/accounts')).status).toBe(200)
    sandbox.revokeGrant({ email: 'bob@example.com', client_id: sandbox.credentials.client_id })
    expect((await api(sandbox, token).get('/accounts')).body).toEqual(INVALID_TOKEN)
  })

  it('accepts the bearer scheme in any letter case', async () => {
    const answer = await call(`${sandbox.url}/accounts`, { headers: { authorization: `bearer ${tokenFor(sandbox)}` } })
    expect(answer.status).toBe(200)
  })

  it('403 when the token lacks the scope', async () => {
    const answer = await api(sandbox, tokenFor(sandbox, 0, 'public')).get('/voicemail_boxes/31/voicemail_messages')
    expect(answer.status).toBe(403)
    expect(answer.body).toEqual({ status: '403', error: 'insufficient_scope', message: 'requires the voicemail scope' })
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="RingPlus", error="insufficient_scope", scope="voicemail"')
  })

  it.each(['/accounts/13', '/accounts/999999', '/accounts/abc', '/users/2', '/nothing-here', '/voicemail_boxes/33/voicemail_messages'])(
    '404 for %s (absent or not the caller’s)',
    async (path) => {
      const answer = await api(sandbox, tokenFor(sandbox)).get(path)
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({ status: '404', error: 'Not Found' })
    },
  )

  it('400 for a missing required parameter', async () => {
    const answer = await api(sandbox, tokenFor(sandbox)).json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_iccid: '89012600000000000000' } })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ status: '400', error: 'Bad Request', message: 'param is missing or the value is empty: device_esn' })
  })

  it('422 for a present but invalid parameter', async () => {
    const answer = await api(sandbox, tokenFor(sandbox)).json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: 'XYZ' } })
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ errors: [{ code: 'invalid', field: 'device_esn', message: 'is not a valid ESN/MEID' }] })
  })

  it('406 for another major version', async () => {
    for (const accept of ['application/vnd.ringplus.v2', 'application/vnd.ringplus.v2+json', 'application/vnd.ringplus.v10']) {
      const answer = await api(sandbox, tokenFor(sandbox)).get('/accounts', { accept })
      expect(answer.status).toBe(406)
      expect(answer.body).toEqual({ status: '406', error: 'Not Acceptable', message: 'unsupported API version' })
    }
  })

  it.each(['application/vnd.ringplus.v1', 'application/vnd.ringplus.v1+json', 'application/json', '*/*', undefined])(
    'serves Accept: %s',
    async (accept) => {
      const answer = await api(sandbox, tokenFor(sandbox)).get('/accounts', accept ? { accept } : {})
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
    },
  )

  it('413 for a body over 1 MiB', async () => {
    const answer = await api(sandbox, tokenFor(sandbox)).json('PUT', '/accounts/11', { account: { name: 'x'.repeat(1024 * 1024) } })
    expect(answer.status).toBe(413)
    expect(answer.body).toEqual({ status: '413', error: 'Payload Too Large' })
  })

  it('500 and 503 bodies (via fault injection)', async () => {
    sandbox.faults.add({ path: '/accounts', kind: 'status', status: 500, times: 1 })
    sandbox.faults.add({ path: '/accounts', kind: 'status', status: 503, times: 1 })
    const first = await api(sandbox, tokenFor(sandbox)).get('/accounts')
    expect(first.status).toBe(500)
    expect(first.body).toEqual({ status: '500', error: 'Internal Server Error' })
    const second = await api(sandbox, tokenFor(sandbox)).get('/accounts')
    expect(second.status).toBe(503)
    expect(second.body).toEqual({ status: '503', error: 'Service Unavailable' })
    expect((await api(sandbox, tokenFor(sandbox)).get('/accounts')).status).toBe(200)
  })

  it('429 with Retry-After when the budget is spent', async () => {
    const client = api(sandbox, tokenFor(sandbox))
    let last = await client.get('/accounts')
    for (let i = 0; i < 60 && last.status !== 429; i++) last = await client.get('/accounts')
    expect(last.status).toBe(429)
    expect(last.body).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  })
})
