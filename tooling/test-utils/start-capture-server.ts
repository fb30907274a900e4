// Test helper: a tiny node:http server that records what it receives and answers a fixed
// response, for checking the exact wire encoding of a request (method, path, query, JSON
// body) in the domain packages' tests.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CapturedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface CaptureServer {
  url: string
  requests: CapturedRequest[]
  close(): Promise<void>
}

export async function startCaptureServer(status = 204, body?: unknown): Promise<CaptureServer> {
  const requests: CapturedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      if (body === undefined) {
        res.writeHead(status).end()
      } else {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
