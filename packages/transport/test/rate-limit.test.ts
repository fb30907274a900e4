import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { RateLimitError, createClient, type HttpMethod, type RateLimitHitState } from '@ringplus/transport'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const limited = { errors: [{ code: 88, message: 'Rate limit exceeded' }] }

/** Answers 429 (Retry-After: `retryAfter` s) `times` times, then 200. */
function limitedThenOk(method: HttpMethod, times: number, retryAfter = '0.05'): void {
  const reset = String(Math.ceil(Date.now() / 1000) + 1)
  server.on(method, '/r', (_req, res, hit) =>
    hit <= times
      ? sendJson(res, 429, limited, {
          'retry-after': retryAfter,
          'x-rate-limit-limit': '600',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': reset,
        })
      : sendJson(res, 200, { ok: true }, { 'x-rate-limit-limit': '600', 'x-rate-limit-remaining': '599', 'x-rate-limit-reset': reset }),
  )
}

describe('rate limits', () => {
  it('without waitOnRateLimit a 429 with a short Retry-After is retried like any retryable status', async () => {
    limitedThenOk('GET', 1, '0.05')
    const response = await createClient({ baseUrl: server.url, retryDelay: 100 }).request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    expect(response.status).toBe(200)
    expect(server.count()).toBe(2)
  })

  it('without waitOnRateLimit a 429 asking for a long wait fails at once with RateLimitError', async () => {
    limitedThenOk('GET', 1, '30')
    const error = await createClient({ baseUrl: server.url, retryDelay: 100 })
      .request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect((error as RateLimitError).retryAfter).toBe(30_000)
    expect(server.count()).toBe(1)
  })

  it('with retryCount 0 and no waiting, fails with RateLimitError and notifies onRateLimit', async () => {
    limitedThenOk('GET', 1, '30')
    const notices: RateLimitHitState[] = []
    const error = await createClient({ baseUrl: server.url, retryCount: 0, onRateLimit: (s) => void notices.push(s) })
      .request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ method: 'GET', endpoint: 'GET /r', retryAfter: 30_000, waiting: false })
    expect(notices[0]!.rateLimit).toMatchObject({ limit: 600, remaining: 0 })
  })

  it('waitOnRateLimit waits for the reset (not using up retries) and notifies', async () => {
    limitedThenOk('GET', 2, '0.1')
    const notices: RateLimitHitState[] = []
    const started = performance.now()
    const client = createClient({ baseUrl: server.url, retryCount: 0, waitOnRateLimit: true, onRateLimit: (s) => void notices.push(s) })
    const response = await client.request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    expect(response.status).toBe(200)
    expect(server.count()).toBe(3)
    expect(notices.map((n) => [n.waiting, n.retryAfter])).toEqual([
      [true, 100],
      [true, 100],
    ])
    expect(performance.now() - started).toBeGreaterThanOrEqual(180)
    expect(client.rateLimit?.remaining).toBe(599)
  })

  it('never re-sends a POST after a 429, even with waitOnRateLimit', async () => {
    limitedThenOk('POST', 1)
    const notices: RateLimitHitState[] = []
    const error = await createClient({ baseUrl: server.url, waitOnRateLimit: true, onRateLimit: (s) => void notices.push(s) })
      .request({ method: 'POST', path: '/r', endpoint: 'POST /r', body: {} })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(server.count('POST', '/r')).toBe(1)
    expect(notices.map((n) => n.waiting)).toEqual([false])
  })

  it('a rate-limit wait is abortable', async () => {
    limitedThenOk('GET', 1, '30')
    const controller = new AbortController()
    const reason = new Error('enough')
    const client = createClient({
      baseUrl: server.url,
      waitOnRateLimit: true,
      onRateLimit: () => void setTimeout(() => controller.abort(reason), 20),
    })
    await expect(client.request({ method: 'GET', path: '/r', endpoint: 'GET /r', options: { signal: controller.signal } })).rejects.toBe(reason)
    expect(server.count()).toBe(1)
  })

  it('does not wait past the deadline: fails with RateLimitError instead', async () => {
    limitedThenOk('GET', 1, '30')
    const error = await createClient({ baseUrl: server.url, waitOnRateLimit: true, deadline: 1_000 })
      .request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(server.count()).toBe(1)
  })

  it('with waitOnRateLimit, waits for the window to reset before sending when none remain — a POST too', async () => {
    // The server's own Date header places the reset, so the two clocks need not agree.
    const reset = Math.ceil(Date.now() / 1000) + 1
    const window = { 'x-rate-limit-limit': '2', 'x-rate-limit-reset': String(reset) }
    let postReceivedAt = 0
    server.on('GET', '/r', (_req, res) => sendJson(res, 200, {}, { ...window, 'x-rate-limit-remaining': '0' }))
    server.on('POST', '/r', (_req, res) => {
      postReceivedAt = Date.now()
      sendJson(res, 201, {}, { ...window, 'x-rate-limit-remaining': '1' })
    })
    const notices: RateLimitHitState[] = []
    const client = createClient({ baseUrl: server.url, waitOnRateLimit: true, onRateLimit: (s) => void notices.push(s) })
    await client.request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    const response = await client.request({ method: 'POST', path: '/r', endpoint: 'POST /r', body: {} })
    expect(response.status).toBe(201)
    expect(server.count('POST', '/r')).toBe(1)
    expect(postReceivedAt).toBeGreaterThanOrEqual(reset * 1000)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ method: 'POST', waiting: true })
    expect(notices[0]!.retryAfter).toBeGreaterThan(0)
  })

  it('without waitOnRateLimit, a call is sent at once even when none remain', async () => {
    const reset = Math.floor(Date.now() / 1000) + 60
    server.on('GET', '/r', (_req, res) =>
      sendJson(res, 200, {}, { 'x-rate-limit-limit': '2', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }),
    )
    const client = createClient({ baseUrl: server.url })
    await client.request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    await client.request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    expect(server.count()).toBe(2)
  })

  it('with waitOnRateLimit, a reset too far away to be the same clock is not waited for (the server decides)', async () => {
    // A reset a day away says the clocks disagree (the sandbox's manual clock, say): send anyway.
    const farReset = Math.floor(Date.now() / 1000) + 86_400
    server.on('GET', '/r', (_req, res) =>
      sendJson(res, 200, {}, { 'x-rate-limit-limit': '2', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(farReset) }),
    )
    const notices: RateLimitHitState[] = []
    const client = createClient({ baseUrl: server.url, waitOnRateLimit: true, onRateLimit: (s) => void notices.push(s) })
    await client.request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    await client.request({ method: 'GET', path: '/r', endpoint: 'GET /r' })
    expect(client.rateLimit).toEqual({ limit: 2, remaining: 0, reset: new Date(farReset * 1000) })
    expect(notices).toEqual([])
    expect(server.count()).toBe(2)
  })

})
