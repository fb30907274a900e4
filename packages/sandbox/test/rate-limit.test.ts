// Contract §4: X-Rate-Limit-* on every API response; 429 + Retry-After per token per fixed window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, call, start, tokenFor } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start({ clock: 'manual', rateLimit: { requests: 5, windowSeconds: 60 } })
  sandbox.clock.set(new Date('2030-01-01T00:00:10Z'))
})
afterAll(() => sandbox.stop())

describe('rate limiting', () => {
  it('counts down per token and answers 429 with Retry-After once spent', async () => {
    const client = api(sandbox, tokenFor(sandbox, 0))
    const reset = String(Date.parse('2030-01-01T00:01:00Z') / 1000)
    for (let i = 4; i >= 0; i--) {
      const answer = await client.get('/accounts')
      expect(answer.status).toBe(200)
      expect(answer.headers.get('x-rate-limit-limit')).toBe('5')
      expect(answer.headers.get('x-rate-limit-remaining')).toBe(String(i))
      expect(answer.headers.get('x-rate-limit-reset')).toBe(reset)
    }
    const limited = await client.get('/accounts')
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })
    expect(limited.headers.get('retry-after')).toBe('50')
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0')

    // Another token has its own budget.
    expect((await api(sandbox, tokenFor(sandbox, 0)).get('/accounts')).status).toBe(200)

    // The window resets on the sandbox clock.
    sandbox.clock.advance(50_000)
    const after = await client.get('/accounts')
    expect(after.status).toBe(200)
    expect(after.headers.get('x-rate-limit-remaining')).toBe('4')
  })

  it('every API response carries the headers: errors, writes and unauthenticated calls too', async () => {
    const client = api(sandbox, tokenFor(sandbox, 0))
    const answers = [
      await client.get('/accounts/999'),
      await client.get('/accounts/11/phone_calls?per_page=0'),
      await client.json('PUT', '/accounts/11', { account: { name: 'Renamed' } }),
      await call(`${sandbox.url}/accounts`),
      await client.get('/accounts', { accept: 'application/vnd.ringplus.v2' }),
    ]
    for (const answer of answers) {
      expect(answer.status).not.toBe(429)
      expect(answer.headers.get('x-rate-limit-limit')).toBe('5')
      expect(answer.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/)
      expect(answer.headers.get('x-rate-limit-reset')).toMatch(/^\d+$/)
    }
  })
})
