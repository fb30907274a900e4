import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { TimeoutError, createClient, isTimeoutError } from '@ringplus/transport'
import { createTestServer, sendJson, wait, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

function slowOnce(method: string, ms: number): void {
  server.on(method, '/slow', async (_req, res, hit) => {
    if (hit === 1) await wait(ms)
    if (!res.destroyed) sendJson(res, 200, { ok: true })
  })
}

describe('timeouts', () => {
  it('fails an attempt that outlives `timeout` with TimeoutError', async () => {
    slowOnce('GET', 400)
    const error = await createClient({ baseUrl: server.url, timeout: 50, retryCount: 0 })
      .request({ method: 'GET', path: '/slow', endpoint: 'GET /slow', query: { access_token: 'abc' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(isTimeoutError(error)).toBe(true)
    expect((error as TimeoutError).timeout).toBe(50)
    expect((error as TimeoutError).message).toBe(`GET ${server.url}/slow?access_token=[REDACTED] timed out after 50 ms`)
  })

  it('covers the body too: a response whose body stalls times out', async () => {
    server.on('GET', '/slow', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 20 })
      res.write('{"ok":')
      await wait(400)
      if (!res.destroyed) res.end(' true        }')
    })
    const error = await createClient({ baseUrl: server.url, timeout: 50, retryCount: 0 })
      .request({ method: 'GET', path: '/slow', endpoint: 'GET /slow' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
  })

  it('retries a GET that timed out', async () => {
    slowOnce('GET', 2000)
    const response = await createClient({ baseUrl: server.url, timeout: 400, retryCount: 1, retryDelay: 1 }).request({
      method: 'GET',
      path: '/slow',
      endpoint: 'GET /slow',
    })
    expect(response.status).toBe(200)
    expect(server.count()).toBe(2)
  })

  it('never re-sends a POST that timed out', async () => {
    slowOnce('POST', 400)
    const error = await createClient({ baseUrl: server.url, timeout: 50, retryDelay: 1 })
      .request({ method: 'POST', path: '/slow', endpoint: 'POST /slow', body: { a: 1 } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    await wait(450) // let the slow handler finish: still one request
    expect(server.count('POST', '/slow')).toBe(1)
  })

  it('a per-call timeout overrides the client one', async () => {
    slowOnce('GET', 400)
    const error = await createClient({ baseUrl: server.url, timeout: 60_000, retryCount: 0 })
      .request({ method: 'GET', path: '/slow', endpoint: 'GET /slow', options: { timeout: 30 } })
      .catch((e: unknown) => e)
    expect((error as TimeoutError).timeout).toBe(30)
  })

  it('the deadline bounds the attempt and stops retries', async () => {
    server.on('GET', '/slow', async (_req, res) => {
      await wait(400)
      if (!res.destroyed) sendJson(res, 200, { ok: true })
    })
    const error = await createClient({ baseUrl: server.url, timeout: 60_000, deadline: 80, retryDelay: 1 })
      .request({ method: 'GET', path: '/slow', endpoint: 'GET /slow' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).timeout).toBeLessThanOrEqual(80)
    expect(server.count()).toBe(1)
  })

  it('does not send at all once the deadline has passed before sending (a POST never lands late)', async () => {
    slowOnce('POST', 0)
    const error = await createClient({
      baseUrl: server.url,
      deadline: 30,
      auth: { getToken: () => wait(80).then(() => 'slow-token') },
    })
      .request({ method: 'POST', path: '/slow', endpoint: 'POST /slow', body: { a: 1 } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).timeout).toBe(30)
    expect(server.count()).toBe(0)
  })

  it('an abort while waiting for a slow response rejects with the reason', async () => {
    slowOnce('GET', 400)
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('stop')), 30)
    await expect(
      createClient({ baseUrl: server.url }).request({
        method: 'GET',
        path: '/slow',
        endpoint: 'GET /slow',
        options: { signal: controller.signal },
      }),
    ).rejects.toThrow('stop')
  })
})
