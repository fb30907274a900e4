// The benchmark's server, run in its own process so the client's CPU figures are its own:
// GET /accounts/1/phone_calls?page=&per_page= serving contract-shaped JSON (§7, §8) with
// Link, X-Total-Count and X-Rate-Limit-* headers. 5,000 calls in all.
import { createServer } from 'node:http'

const total = 5000
const calls = Array.from({ length: total }, (_, i) => ({
  id: total - i,
  account_id: 1,
  direction: i % 2 ? 'inbound' : 'outbound',
  originating_phone_number: '5551234567',
  destination_phone_number: '5559876543',
  cost: 0.1,
  start_time: new Date(Date.UTC(2016, 8, 30) - i * 60_000).toISOString().replace('.000', ''),
  duration: 60 + (i % 600),
  international: false,
  roaming: i % 7 === 0,
}))
const cache = new Map()

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname !== '/accounts/1/phone_calls') {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end('{"status":"404","error":"Not Found"}')
    return
  }
  const page = Number(url.searchParams.get('page') ?? 1)
  const perPage = Number(url.searchParams.get('per_page') ?? 25)
  const key = `${page}/${perPage}`
  let entry = cache.get(key)
  if (!entry) {
    const last = Math.ceil(total / perPage)
    const body = JSON.stringify({ phone_calls: calls.slice((page - 1) * perPage, page * perPage) })
    const link = (p, rel) => `<http://${req.headers.host}/accounts/1/phone_calls?page=${p}&per_page=${perPage}>; rel="${rel}"`
    const links = [page < last && link(page + 1, 'next'), link(last, 'last'), link(1, 'first'), page > 1 && link(page - 1, 'prev')]
    entry = {
      body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        link: links.filter(Boolean).join(', '),
        'x-total-count': total,
      },
    }
    cache.set(key, entry)
  }
  res.writeHead(200, {
    ...entry.headers,
    'x-rate-limit-limit': 1_000_000,
    'x-rate-limit-remaining': 999_999,
    'x-rate-limit-reset': Math.floor(Date.now() / 1000) + 300,
  })
  res.end(entry.body)
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
process.on('disconnect', () => process.exit(0))
