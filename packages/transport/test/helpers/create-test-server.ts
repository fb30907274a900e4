// A real node:http server on 127.0.0.1:0 for transport tests: per-test route handlers,
// a request log, and helpers to misbehave on purpose (slow, reset, malformed).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as the server received it. */
export interface LoggedRequest {
  method: string
  /** Path and query, e.g. `/accounts?page=2`. */
  url: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: string
}

/** Handles one request; `hit` counts the requests this route has seen, from 1. */
export type RouteHandler = (request: LoggedRequest, response: ServerResponse, hit: number) => void | Promise<void>

export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  /** Every request received, in order. */
  requests: LoggedRequest[]
  /** Registers (or replaces) the handler of `METHOD /path` (the path without query). */
  on(method: string, path: string, handler: RouteHandler): void
  /** How many requests matched `method` and `path` (either may be omitted). */
  count(method?: string, path?: string): number
  /** Forgets routes and the request log. */
  reset(): void
  close(): Promise<void>
}

/** Writes a JSON response. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

/** Resolves after `ms` milliseconds (bounded waits inside handlers). */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Starts a server on 127.0.0.1 with an ephemeral port. */
export async function createTestServer(): Promise<TestServer> {
  const routes = new Map<string, RouteHandler>()
  const hits = new Map<string, number>()
  const requests: LoggedRequest[] = []
  const sockets = new Set<Socket>()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const parsed = new URL(req.url ?? '/', 'http://127.0.0.1')
      const logged: LoggedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(logged)
      const key = `${logged.method} ${logged.path}`
      const handler = routes.get(key)
      if (!handler) {
        sendJson(res, 404, { status: '404', error: 'Not Found' })
        return
      }
      const hit = (hits.get(key) ?? 0) + 1
      hits.set(key, hit)
      Promise.resolve(handler(logged, res, hit)).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { status: '500', error: String(error) })
        else res.destroy()
      })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler)
    },
    count(method, path) {
      return requests.filter((r) => (!method || r.method === method) && (!path || r.path === path)).length
    },
    reset() {
      routes.clear()
      hits.clear()
      requests.length = 0
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
