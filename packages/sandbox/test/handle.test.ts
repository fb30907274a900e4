// The test handle: issueToken, clock, createApplication, revokeGrant, option checks, stop.
import { describe, expect, it } from 'vitest'
import { startSandbox } from '@ringplus/sandbox'
import { api, start } from './helpers'

describe('startSandbox', () => {
  it('listens on 127.0.0.1 with a free port by default', async () => {
    const sandbox = await startSandbox()
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(sandbox.credentials.url).toBe(sandbox.url)
    } finally {
      await sandbox.stop()
      await sandbox.stop() // idempotent
    }
    await expect(fetch(`${sandbox.url}/accounts`)).rejects.toThrow()
  })

  it.each([{ port: -1 }, { seed: 1.5 }, { tokenTtlSeconds: 0 }, { rateLimit: { requests: 0, windowSeconds: 1 } }])('rejects %j', async (options) => {
    await expect(startSandbox(options)).rejects.toThrow(RangeError)
  })
})

describe('issueToken', () => {
  it('mints a token with every scope by default, or the ones asked for', async () => {
    const sandbox = await start()
    try {
      const all = sandbox.issueToken({ email: 'alice@example.com' })
      expect(all).toEqual({
        access_token: expect.stringMatching(/^[0-9a-f]{64}$/),
        token_type: 'bearer',
        expires_in: 86400,
        refresh_token: expect.stringMatching(/^[0-9a-f]{64}$/),
        scope: 'public manage voicemail request',
        created_at: expect.any(Number),
      })
      const some = sandbox.issueToken({ email: 'ALICE@example.com', scope: 'voicemail public', expires_in: 5, client_id: sandbox.credentials.public_client_id })
      expect(some.scope).toBe('public voicemail')
      expect(some.expires_in).toBe(5)
      expect((await api(sandbox, some.access_token).get('/accounts')).status).toBe(200)
      expect(() => sandbox.issueToken({ email: 'nobody@example.com' })).toThrow(/no user/)
      expect(() => sandbox.issueToken({ email: 'alice@example.com', scope: 'admin' })).toThrow(/scope/)
      expect(() => sandbox.issueToken({ email: 'alice@example.com', client_id: 'x' })).toThrow(/client_id/)
    } finally {
      await sandbox.stop()
    }
  })
})

describe('clock', () => {
  it('a manual clock stands still until advanced or set', async () => {
    const sandbox = await start({ clock: 'manual' })
    try {
      const t0 = sandbox.clock.now().getTime()
      await new Promise((r) => setTimeout(r, 5))
      expect(sandbox.clock.now().getTime()).toBe(t0)
      sandbox.clock.advance(1500)
      expect(sandbox.clock.now().getTime()).toBe(t0 + 1500)
      sandbox.clock.set(new Date('2031-05-06T07:08:09Z'))
      expect(sandbox.clock.now().toISOString()).toBe('2031-05-06T07:08:09.000Z')
      expect(() => sandbox.clock.advance(Number.NaN)).toThrow()
    } finally {
      await sandbox.stop()
    }
  })

  it('a real clock keeps ticking from where it is set', async () => {
    const sandbox = await start()
    try {
      sandbox.clock.set(new Date('2040-01-01T00:00:00Z'))
      const t = sandbox.clock.now().getTime()
      expect(t).toBeGreaterThanOrEqual(Date.parse('2040-01-01T00:00:00Z'))
      expect(t).toBeLessThan(Date.parse('2040-01-01T00:01:00Z'))
      sandbox.clock.advance(60_000)
      expect(sandbox.clock.now().getTime()).toBeGreaterThanOrEqual(t + 60_000)
    } finally {
      await sandbox.stop()
    }
  })
})

describe('createApplication and revokeGrant', () => {
  it('registers confidential and public applications', async () => {
    const sandbox = await start()
    try {
      const confidential = sandbox.createApplication({ name: 'C', redirect_uris: ['http://127.0.0.1/cb'] })
      expect(confidential.client_secret).toMatch(/^[0-9a-f]{64}$/)
      const pub = sandbox.createApplication({ name: 'P', redirect_uris: ['http://127.0.0.1/cb'], confidential: false })
      expect(pub.client_secret).toBeUndefined()
      expect(() => sandbox.createApplication({ name: 'X', redirect_uris: [] })).toThrow()
      expect(() => sandbox.createApplication({ name: 'X', redirect_uris: ['not a uri'] })).toThrow()
      expect(() => sandbox.revokeGrant({ email: 'alice@example.com', client_id: 'nope' })).toThrow()
      const token = sandbox.issueToken({ email: 'alice@example.com', client_id: pub.client_id }).access_token
      sandbox.revokeGrant({ email: 'alice@example.com', client_id: pub.client_id })
      expect((await api(sandbox, token).get('/accounts')).status).toBe(401)
    } finally {
      await sandbox.stop()
    }
  })
})
