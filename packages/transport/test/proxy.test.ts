import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { NotFoundError, createClient } from '@ringplus/transport'
import { createProxyFetch } from '@ringplus/transport/proxy'
import { startForwardProxy as startProxy } from '../../../tooling/test-utils/start-forward-proxy'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

describe('createProxyFetch', () => {
  it('sends requests, bodies and errors through the proxy', async () => {
    const proxy = await startProxy()
    try {
      server.on('POST', '/things', (req, res) => sendJson(res, 201, { echo: JSON.parse(req.body) }))
      server.on('GET', '/missing', (_req, res) => sendJson(res, 404, { status: '404', error: 'Not Found' }))
      const client = createClient({ baseUrl: server.url, auth: 'proxied-token', fetch: createProxyFetch(proxy.url) })
      const response = await client.request({
        method: 'POST',
        path: '/things',
        endpoint: 'POST /things',
        body: { a: 1 },
        schema: undefined,
      })
      expect(response.status).toBe(201)
      expect(server.requests[0]!.headers.authorization).toBe('Bearer proxied-token')
      expect(JSON.parse(server.requests[0]!.body)).toEqual({ a: 1 })
      await expect(client.request({ method: 'GET', path: '/missing', endpoint: 'GET /missing' })).rejects.toBeInstanceOf(NotFoundError)
      expect(proxy.seen.length).toBeGreaterThan(0)
      expect(proxy.seen[0]).toMatch(new RegExp(`^(CONNECT 127\\.0\\.0\\.1:\\d+|POST ${server.url}/things)$`))
    } finally {
      await proxy.close()
    }
  })
})

describe('createProxyFetch in browser bundles', () => {
  it('is the global fetch: the browser applies its own proxy settings', async () => {
    const { createProxyFetch: browserProxyFetch } = await import('../src/proxy-browser')
    server.on('GET', '/direct', (_req, res) => sendJson(res, 200, { direct: true }))
    const proxy = await startProxy()
    try {
      const response = await browserProxyFetch(proxy.url)(`${server.url}/direct`, { method: 'GET' })
      expect(await response.json()).toEqual({ direct: true })
      expect(proxy.seen).toEqual([])
    } finally {
      await proxy.close()
    }
  })
})
