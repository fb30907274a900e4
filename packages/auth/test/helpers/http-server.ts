// A tiny node:http server for fault cases the sandbox cannot produce (odd sign-in pages).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  url: string
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]
  close(): Promise<void>
}

export async function startTestServer(
  handler: (request: IncomingMessage & { body: string }, response: ServerResponse, server: TestServer) => void,
): Promise<TestServer> {
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      handle.requests.push({ method: request.method!, url: request.url!, headers: request.headers, body })
      handler(Object.assign(request, { body }), response, handle)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const handle: TestServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  return handle
}
