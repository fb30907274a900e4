// `pnpm bench`: raw fetch vs bare ky vs the transport (authenticated, validated GET), and
// paginating 5,000 records (200 pages of 25) vs a raw-fetch loop, against one local
// node:http server in a child process. Runs the built dist (turbo builds it first).
import { fork, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Measure the built package: build it first when dist is missing or older than src.
const root = fileURLToPath(new URL('..', import.meta.url))
const newest = (dir) =>
  Math.max(...readdirSync(dir, { recursive: true }).map((file) => statSync(`${dir}/${file}`).mtimeMs))
if (!existsSync(`${root}dist/index.js`) || statSync(`${root}dist/index.js`).mtimeMs < newest(`${root}src`)) {
  console.log('dist is missing or stale: building first')
  const build = spawnSync('corepack', ['pnpm', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const { PhoneCallListResponseSchema, parseResponse } = await import('@ringplus/models')
const { default: ky } = await import('ky')
const { createClient, paginate, toPage } = await import('../dist/index.js')

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)

const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), { stdio: 'inherit', execArgv: [] })
const { port } = await new Promise((resolve) => child.once('message', resolve))
const base = `http://127.0.0.1:${port}`
const token = 'a'.repeat(64)
const headers = { accept: 'application/vnd.ringplus.v1', authorization: `Bearer ${token}` }
const pageUrl = (page) => `${base}/accounts/1/phone_calls?page=${page}&per_page=25`

const client = createClient({ baseUrl: base, auth: { getToken: async () => token } })
const endpoint = 'GET /accounts/{account_id}/phone_calls'
const listPhoneCalls = async (c, { account_id, ...query }, options) => {
  const response = await c.request({
    method: 'GET',
    path: `/accounts/${account_id}/phone_calls`,
    endpoint,
    query,
    schema: PhoneCallListResponseSchema,
    options,
  })
  return toPage(response, response.data.phone_calls)
}

const variants = {
  'raw fetch': async () => {
    const response = await fetch(pageUrl(1), { headers })
    if (!response.ok) throw new Error(String(response.status))
    return response.json()
  },
  'bare ky': () => ky.get(pageUrl(1), { headers }).json(),
  transport: () => listPhoneCalls(client, { account_id: 1, page: 1, per_page: 25 }),
  'transport, unvalidated (for reference)': () =>
    client.request({ method: 'GET', path: '/accounts/1/phone_calls', endpoint, query: { page: 1, per_page: 25 } }),
}

async function throughput(fn) {
  let next = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) await fn()
    }),
  )
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { rps: (REQUESTS / ms) * 1000, cpu: (used.user + used.system) / REQUESTS }
}

async function paginateRaw() {
  let count = 0
  for (let page = 1; page <= 200; page++) {
    const response = await fetch(pageUrl(page), { headers })
    const body = await response.json()
    count += body.phone_calls.length
  }
  return count
}

/** The raw loop plus the same validation the transport does: where the time goes. */
async function paginateRawValidated() {
  let count = 0
  for (let page = 1; page <= 200; page++) {
    const response = await fetch(pageUrl(page), { headers })
    count += parseResponse(PhoneCallListResponseSchema, await response.json(), endpoint).phone_calls.length
  }
  return count
}

async function paginateTransport(concurrency = 1) {
  let count = 0
  for await (const call of paginate(client, listPhoneCalls, { account_id: 1 }, { perPage: 25, concurrency })) if (call.id) count++
  return count
}

/** CPU µs that validating one page with the models schema costs on its own (same data, in process). */
async function validationOnly() {
  const text = await (await fetch(pageUrl(1), { headers })).text()
  for (let i = 0; i < 500; i++) parseResponse(PhoneCallListResponseSchema, JSON.parse(text), endpoint)
  const cpu = process.cpuUsage()
  for (let i = 0; i < 2000; i++) parseResponse(PhoneCallListResponseSchema, JSON.parse(text), endpoint)
  const parse = process.cpuUsage(cpu)
  const cpu2 = process.cpuUsage()
  for (let i = 0; i < 2000; i++) JSON.parse(text)
  const json = process.cpuUsage(cpu2)
  return (parse.user + parse.system - json.user - json.system) / 2000
}

async function timed(fn) {
  const started = performance.now()
  const count = await fn()
  if (count !== 5000) throw new Error(`expected 5000 records, got ${count}`)
  return performance.now() - started
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Warm up every path (JIT, connection pool).
for (const fn of Object.values(variants)) for (let i = 0; i < 300; i++) await fn()
await timed(paginateRaw)
await timed(paginateRawValidated)
await timed(paginateTransport)
await timed(() => paginateTransport(4))

const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, { rps: [], cpu: [] }]))
const pagination = { raw: [], rawValidated: [], transport: [], parallel: [] }
const walks = {
  raw: paginateRaw,
  rawValidated: paginateRawValidated,
  transport: () => paginateTransport(1),
  parallel: () => paginateTransport(4),
}
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length])
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved, in a rotating order, so background load and GC hit every variant alike.
  for (const [name, fn] of rotate(Object.entries(variants), round)) {
    const { rps, cpu } = await throughput(fn)
    samples[name].rps.push(rps)
    samples[name].cpu.push(cpu)
  }
  for (const [name, fn] of rotate(Object.entries(walks), round)) pagination[name].push(await timed(fn))
}
const validationCpu = await validationOnly()
child.disconnect()

const result = Object.fromEntries(
  Object.entries(samples).map(([name, s]) => [name, { rps: median(s.rps), cpu: median(s.cpu) }]),
)
const ky1 = result['bare ky']
console.log(`\nGET one page of 25 phone calls: ${ROUNDS} rounds × ${REQUESTS} requests, ${CONCURRENCY} in flight (medians)\n`)
console.log('| client | requests/s | client CPU µs/request | throughput vs bare ky | CPU vs bare ky |')
console.log('|---|---:|---:|---:|---:|')
for (const [name, r] of Object.entries(result)) {
  console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.cpu.toFixed(0)} | ${(r.rps / ky1.rps).toFixed(2)}× | ${(r.cpu / ky1.cpu).toFixed(2)}× |`)
}
const raw = median(pagination.raw)
const ours = median(pagination.transport)
console.log(`\nPaginating 5,000 records (200 pages of 25), ${ROUNDS} rounds (medians)\n`)
console.log('| loop | ms | vs raw fetch |')
console.log('|---|---:|---:|')
console.log(`| raw fetch loop | ${raw.toFixed(0)} | 1.00× |`)
const rawValidated = median(pagination.rawValidated)
console.log(`| raw fetch loop + parseResponse per page (reference) | ${rawValidated.toFixed(0)} | ${(rawValidated / raw).toFixed(2)}× |`)
console.log(`| transport paginate() (validated) | ${ours.toFixed(0)} | ${(ours / raw).toFixed(2)}× |`)
const parallel = median(pagination.parallel)
console.log(`| transport paginate() (validated, concurrency 4) | ${parallel.toFixed(0)} | ${(parallel / raw).toFixed(2)}× |`)
console.log(`\nValidating one page (25 calls) with PhoneCallListResponseSchema alone: ${validationCpu.toFixed(0)} µs CPU (JSON.parse excluded)`)

const checks = [
  [`transport ≥ 0.9× bare ky throughput`, result.transport.rps / ky1.rps >= 0.9],
  [`paginate ≤ 1.3× raw fetch loop (sequential)`, ours / raw <= 1.3],
  [`paginate ≤ 1.3× raw fetch loop (concurrency 4)`, parallel / raw <= 1.3],
]
console.log('')
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'MISS'} ${label}`)
