import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import {
  NetworkError,
  ServerError,
  createClient,
  type BeforeRetryState,
  type HttpMethod,
} from '@ringplus/transport'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const ok = { ok: true }
const unavailable = { status: '503', error: 'Service Unavailable' }

function flaky(method: HttpMethod, failures: number, status = 503, headers: Record<string, string> = {}): void {
  server.on(method, '/flaky', (_req, res, hit) =>
    hit <= failures ? sendJson(res, status, unavailable, headers) : sendJson(res, 200, ok),
  )
}

const call = (client: ReturnType<typeof createClient>, method: HttpMethod, options?: { signal?: AbortSignal }) =>
  client.request({ method, path: '/flaky', endpoint: `${method} /flaky`, body: method === 'GET' ? undefined : {}, options })

describe('retries', () => {
  it.each(['GET', 'PUT', 'DELETE'] as const)('retries a %s after 503 and succeeds', async (method) => {
    flaky(method, 1)
    const response = await call(createClient({ baseUrl: server.url, retryDelay: 5 }), method)
    expect(response.status).toBe(200)
    expect(server.count(method, '/flaky')).toBe(2)
  })

  it('gives up after retryCount retries and throws the last error', async () => {
    flaky('GET', 10)
    const retries: BeforeRetryState[] = []
    const error = await call(
      createClient({ baseUrl: server.url, retryCount: 3, retryDelay: 2, hooks: { beforeRetry: [(s) => void retries.push(s)] } }),
      'GET',
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerError)
    expect(server.count('GET', '/flaky')).toBe(4)
    expect(retries.map((r) => [r.attempt, r.retryCount])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ])
  })

  it('backs off exponentially with jitter (each delay within [d/2, d] for d = retryDelay·2^(n-1))', async () => {
    flaky('GET', 3)
    const delays: number[] = []
    await call(
      createClient({ baseUrl: server.url, retryCount: 3, retryDelay: 8, hooks: { beforeRetry: [(s) => void delays.push(s.delay)] } }),
      'GET',
    )
    expect(delays).toHaveLength(3)
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(4 * 2 ** i)
      expect(d).toBeLessThanOrEqual(8 * 2 ** i)
    })
  })

  it('does not retry statuses outside retryErrors', async () => {
    flaky('GET', 1, 500)
    const error = await call(createClient({ baseUrl: server.url, retryDelay: 1, retryErrors: [503] }), 'GET').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerError)
    expect(server.count()).toBe(1)
  })

  it('never re-sends a POST that reached the server (503)', async () => {
    flaky('POST', 1)
    const error = await call(createClient({ baseUrl: server.url, retryDelay: 1 }), 'POST').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerError)
    expect(server.count('POST', '/flaky')).toBe(1)
  })

  it('honours Retry-After in seconds (a wait must have happened)', async () => {
    flaky('GET', 1, 503, { 'retry-after': '1' })
    const delays: number[] = []
    const started = performance.now()
    await call(createClient({ baseUrl: server.url, retryDelay: 1, hooks: { beforeRetry: [(s) => void delays.push(s.delay)] } }), 'GET')
    expect(delays).toEqual([1000])
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('honours Retry-After as an HTTP date', async () => {
    flaky('GET', 1, 503, { 'retry-after': new Date(Date.now() + 1000).toUTCString() })
    const delays: number[] = []
    await call(createClient({ baseUrl: server.url, retryDelay: 60_000, hooks: { beforeRetry: [(s) => void delays.push(s.delay)] } }), 'GET')
    expect(delays).toHaveLength(1)
    expect(delays[0]).toBeLessThanOrEqual(1000)
    expect(server.count()).toBe(2)
  })

  it('retries a GET whose connection is reset mid-body', async () => {
    server.on('GET', '/flaky', (_req, res, hit) => {
      if (hit > 1) return sendJson(res, 200, ok)
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 })
      res.write('{"ok": tr')
      setTimeout(() => res.destroy(), 10)
    })
    const response = await call(createClient({ baseUrl: server.url, retryDelay: 1 }), 'GET')
    expect(response.status).toBe(200)
    expect(server.count()).toBe(2)
  })

  it('never re-sends a POST whose connection is reset mid-body', async () => {
    server.on('POST', '/flaky', (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': 1000 })
      res.write('{"device_change_request": {')
      setTimeout(() => res.destroy(), 10)
    })
    const error = await call(createClient({ baseUrl: server.url, retryDelay: 1 }), 'POST').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/flaky failed: /)
    expect((error as NetworkError).cause).toBeDefined()
    expect(server.count('POST', '/flaky')).toBe(1)
  })

  it('retries a POST whose connection was refused (nothing was sent), exactly once per refusal', async () => {
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const { port } = probe.address() as AddressInfo
    await new Promise((resolve) => probe.close(resolve))

    let posts = 0
    const late = createServer((req, res) => {
      posts++
      req.resume()
      req.on('end', () => sendJson(res, 201, { created: true }))
    })
    const client = createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      retryDelay: 5,
      hooks: {
        // The first attempt was refused; bring the server up before the retry.
        beforeRetry: [(state) => new Promise<void>((resolve) => {
          expect(state.error).toBeInstanceOf(NetworkError)
          late.listen(port, '127.0.0.1', resolve)
        })],
      },
    })
    try {
      const response = await client.request({ method: 'POST', path: '/things', endpoint: 'POST /things', body: { a: 1 } })
      expect(response.status).toBe(201)
      expect(posts).toBe(1)
    } finally {
      late.closeAllConnections()
      await new Promise((resolve) => late.close(resolve))
    }
  })

  it('rejects with the signal reason when aborted during back-off, without another attempt', async () => {
    flaky('GET', 5)
    const controller = new AbortController()
    const reason = new Error('user cancelled')
    const pending = call(
      createClient({
        baseUrl: server.url,
        retryDelay: 30_000,
        hooks: { beforeRetry: [() => void setTimeout(() => controller.abort(reason), 20)] },
      }),
      'GET',
      { signal: controller.signal },
    )
    await expect(pending).rejects.toBe(reason)
    expect(server.count()).toBe(1)
  })

  it('rejects at once with the reason when the signal is already aborted', async () => {
    flaky('GET', 0)
    const reason = new Error('already')
    await expect(call(createClient({ baseUrl: server.url }), 'GET', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason)
    expect(server.count()).toBe(0)
  })

  it('does not start a retry that would end past the deadline', async () => {
    flaky('GET', 5)
    const error = await createClient({ baseUrl: server.url, retryDelay: 5_000, deadline: 1_000 })
      .request({ method: 'GET', path: '/flaky', endpoint: 'GET /flaky' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerError)
    expect(server.count()).toBe(1)
  })
})
