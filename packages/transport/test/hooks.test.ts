import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import {
  NotFoundError,
  createClient,
  type AfterResponseState,
  createConsoleLogger,
  formatLogEvent,
  type BeforeRequestState,
  type LogEvent,
  type Logger,
} from '@ringplus/transport'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const TOKEN = 'tok_0123456789abcdef0123456789abcdef'

describe('hooks', () => {
  it('beforeRequest can add headers and never sees the token; afterResponse sees each status', async () => {
    server.on('GET', '/x', (_req, res, hit) => (hit === 1 ? sendJson(res, 503, {}) : sendJson(res, 200, {})))
    const before: BeforeRequestState[] = []
    const after: AfterResponseState[] = []
    const client = createClient({
      baseUrl: server.url,
      auth: TOKEN,
      retryDelay: 1,
      hooks: {
        beforeRequest: [
          (state) => {
            before.push({ ...state, headers: { ...state.headers } })
            state.headers['x-request-id'] = `req-${state.attempt}`
          },
        ],
        afterResponse: [(state) => void after.push(state)],
      },
    })
    await client.request({ method: 'GET', path: '/x', endpoint: 'GET /x' })
    expect(before.map((s) => [s.method, s.endpoint, s.attempt])).toEqual([
      ['GET', 'GET /x', 1],
      ['GET', 'GET /x', 2],
    ])
    expect(JSON.stringify(before)).not.toContain(TOKEN)
    expect(server.requests.map((r) => r.headers['x-request-id'])).toEqual(['req-1', 'req-2'])
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(after.map((s) => s.status)).toEqual([503, 200])
  })

  it('beforeError can replace the error', async () => {
    server.on('GET', '/x', (_req, res) => sendJson(res, 404, { status: '404', error: 'Not Found' }))
    class Wrapped extends Error {}
    const client = createClient({
      baseUrl: server.url,
      hooks: {
        beforeError: [
          (state) => {
            expect(state.error).toBeInstanceOf(NotFoundError)
            return new Wrapped(`wrapped: ${state.error.message}`)
          },
        ],
      },
    })
    await expect(client.request({ method: 'GET', path: '/x', endpoint: 'GET /x' })).rejects.toBeInstanceOf(Wrapped)
  })
})

describe('logger', () => {
  const query = { refresh_token: 'rt-secret', client_secret: 'cs-secret', 'user[password]': 'pw-secret', code: 'auth-code', page: 2 }
  const secrets = [TOKEN, 'rt-secret', 'cs-secret', 'pw-secret', 'auth-code', 'Bearer']

  it('gets structured events with redacted URLs, never the token or secret parameters', async () => {
    server.on('GET', '/x', (_req, res, hit) => (hit === 1 ? sendJson(res, 503, {}) : sendJson(res, 200, {})))
    const events: { level: string; event: LogEvent }[] = []
    const logger: Logger = {
      debug: (event) => void events.push({ level: 'debug', event }),
      warn: (event) => void events.push({ level: 'warn', event }),
    }
    const client = createClient({ baseUrl: server.url, auth: TOKEN, retryDelay: 1, logger })
    await client.request({ method: 'GET', path: '/x', endpoint: 'GET /x', query })
    expect(events.map((e) => `${e.level}:${e.event.type}`)).toEqual(['debug:response', 'warn:retry', 'debug:response'])
    const redacted = `${server.url}/x?refresh_token=[REDACTED]&client_secret=[REDACTED]&user%5Bpassword%5D=[REDACTED]&code=[REDACTED]&page=2`
    expect(events[0]!.event).toMatchObject({ method: 'GET', url: redacted, status: 503, endpoint: 'GET /x', attempt: 1 })
    expect(events[1]!.event).toMatchObject({ type: 'retry', retryCount: 1, maxRetries: 2, attempt: 1 })
    const all = JSON.stringify(events)
    for (const secret of secrets) expect(all).not.toContain(secret)
  })

  it('createConsoleLogger writes one redacted line per event', async () => {
    server.on('GET', '/x', (_req, res, hit) => (hit === 1 ? sendJson(res, 503, { status: '503', error: 'Service Unavailable' }) : sendJson(res, 200, {})))
    const lines: string[] = []
    const logger = createConsoleLogger({ debug: (line) => void lines.push(`debug ${line}`), warn: (line) => void lines.push(`warn ${line}`) })
    await createClient({ baseUrl: server.url, auth: TOKEN, retryDelay: 1, logger }).request({ method: 'GET', path: '/x', endpoint: 'GET /x', query })
    const url = `${server.url}/x?refresh_token=[REDACTED]&client_secret=[REDACTED]&user%5Bpassword%5D=[REDACTED]&code=[REDACTED]&page=2`
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^debug GET \S+ 503 \(\d+ ms\)$/)
    expect(lines[0]).toContain(url)
    expect(lines[1]).toMatch(new RegExp(`^warn GET \\S+ failed \\(GET \\S+ failed with 503: Service Unavailable\\); retry 1 of 2 in \\d+ ms$`))
    expect(lines[2]).toMatch(/^debug GET \S+ 200 \(\d+ ms\)$/)
    for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret)
  })

  it('formatLogEvent formats a rate-limit wait', () => {
    expect(formatLogEvent({ type: 'rate-limit-wait', method: 'GET', url: 'https://api.ringplus.net/users', endpoint: 'GET /users', delay: 1500 })).toBe(
      'GET https://api.ringplus.net/users rate limited; waiting 1500 ms',
    )
  })
})
