#!/usr/bin/env node
// `pnpm --filter @ringplus/sandbox bench`: throughput against a bare node:http server, the
// million-row seeding time, and page latency deep in a million-row listing.
//
// The sandbox runs as its CLI in a child process, the bare server in another, autocannon in
// this one, so no server shares an event loop with the load generator.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'

const here = import.meta.dirname
const cli = join(here, '..', 'dist', 'cli.js')
const dir = mkdtempSync(join(tmpdir(), 'ringplus-bench-'))
const db = join(dir, 'bench.db')
const SCALE = Number(process.env.BENCH_SCALE ?? 1_000_000)
const DURATION = Number(process.env.BENCH_DURATION ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const children = []

function startChild(args, readyLine) {
  const started = performance.now()
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)))
    createInterface({ input: child.stdout }).once('line', (line) => resolve({ child, line: readyLine(line), ms: performance.now() - started }))
  })
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function signIn(facts) {
  const redirect = 'http://127.0.0.1:1/callback'
  const url = `${facts.url}/oauth/authorize?response_type=code&client_id=${facts.client_id}&redirect_uri=${encodeURIComponent(redirect)}&scope=public`
  const page = await fetch(url)
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const csrf = /name="authenticity_token" value="([^"]+)"/.exec(await page.text())[1]
  const user = facts.users[0]
  const body = new URLSearchParams({ utf8: '✓', authenticity_token: csrf, 'user[email]': user.email, 'user[password]': user.password, commit: 'Sign in' })
  const posted = await fetch(url, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body })
  const code = new URL(posted.headers.get('location')).searchParams.get('code')
  const token = await fetch(`${facts.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect, client_id: facts.client_id, client_secret: facts.client_secret }),
  })
  return (await token.json()).access_token
}

async function cannon(url, headers, connections, duration) {
  await autocannon({ url, headers, connections, duration: 1 }) // warm-up
  const result = await autocannon({ url, headers, connections, duration })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }
}

async function sequential(urls, headers) {
  const times = []
  for (const url of urls) {
    const t = performance.now()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length }
}

const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

try {
  // 1. Seeding a million calls (time from spawn to the --json line, process start included).
  const sandbox = await startChild(
    [cli, '--port', '0', '--json', '--db', db, '--scale', String(SCALE), '--rate-limit', '1000000000/300'],
    (line) => JSON.parse(line),
  )
  const facts = sandbox.line
  const token = await signIn(facts)
  const auth = { authorization: `Bearer ${token}` }
  const path = '/accounts/11/phone_calls?per_page=25'
  const sample = await fetch(facts.url + path, { headers: auth })
  const body = Buffer.from(await sample.arrayBuffer())
  const total = Number(sample.headers.get('x-total-count'))

  // 2. Throughput: the sandbox against a bare node:http server sending a body of the same size.
  const bareScript = `
    const body = Buffer.from(process.env.BODY, 'base64')
    const server = require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
      res.end(body)
    })
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))`
  const bareChild = spawn(process.execPath, ['-e', bareScript], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BODY: body.toString('base64') } })
  children.push(bareChild)
  const barePort = await new Promise((resolve) => createInterface({ input: bareChild.stdout }).once('line', resolve))
  // Alternating rounds, medians reported: the machine is shared, and its load drifts.
  const rounds = []
  for (let round = 0; round < ROUNDS; round++) {
    const s = await cannon(facts.url + path, auth, 10, DURATION)
    const b = await cannon(`http://127.0.0.1:${barePort}${path}`, {}, 10, DURATION)
    rounds.push({ s, b, ratio: s.rps / b.rps })
  }
  const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
  const sandboxRun = { rps: median(rounds.map((r) => r.s.rps)), p50: median(rounds.map((r) => r.s.p50)), p99: median(rounds.map((r) => r.s.p99)) }
  const bareRun = { rps: median(rounds.map((r) => r.b.rps)), p50: median(rounds.map((r) => r.b.p50)), p99: median(rounds.map((r) => r.b.p99)) }
  const ratio = median(rounds.map((r) => r.ratio))

  // 3. Page latency in the million-row listing: warm (the same page again: the sandbox's page
  // cache) and cold (a different page or window each time: SQLite every time).
  const perPage = 25
  const deep = 20_000
  const warmFirst = await sequential(Array(1000).fill(`${facts.url}/accounts/11/phone_calls?per_page=${perPage}&page=1`), auth)
  const warmDeep = await sequential(Array(1000).fill(`${facts.url}/accounts/11/phone_calls?per_page=${perPage}&page=${deep}`), auth)
  const firstCall = (await (await fetch(`${facts.url}/accounts/11/phone_calls?per_page=1`, { headers: auth })).json()).phone_calls[0]
  const newest = Date.parse(firstCall.start_time)
  const coldFirst = await sequential(
    Array.from({ length: 1000 }, (_, i) => `${facts.url}/accounts/11/phone_calls?per_page=${perPage}&page=1&end_date=${new Date(newest - i * 1000).toISOString()}`),
    auth,
  )
  const coldDeep = await sequential(
    Array.from({ length: 1000 }, (_, i) => `${facts.url}/accounts/11/phone_calls?per_page=${perPage}&page=${deep - 500 + i}`),
    auth,
  )

  // 4. The query plans: index seeks only, never a scan.
  const plans = new Database(db, { readonly: true })
  const plan = (sql, ...args) => plans.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args).map((r) => r.detail)
  const pagePlan = plan('SELECT * FROM phone_calls WHERE account_id = ? AND pos >= ? AND pos <= ? ORDER BY pos LIMIT ?', 11, 499_975, 999_999, 25)
  const windowPlan = plan(
    `SELECT (SELECT MIN(pos) FROM phone_calls WHERE account_id = :a AND start_time = (SELECT MAX(start_time) FROM phone_calls WHERE account_id = :a AND start_time <= :e)) AS lo,
            (SELECT MAX(pos) FROM phone_calls WHERE account_id = :a AND start_time = (SELECT MIN(start_time) FROM phone_calls WHERE account_id = :a AND start_time >= :s)) AS hi`,
    { a: 11, e: 2e9, s: 0 },
  )
  const countPlan = plan('SELECT MAX(pos) FROM phone_calls WHERE account_id = ?', 11)
  plans.close()
  const scans = [...pagePlan, ...windowPlan, ...countPlan].filter((d) => /\bSCAN\b/.test(d) && !/CONSTANT ROW/.test(d))

  console.log(`\n## @ringplus/sandbox bench (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`)
  console.log(`Seeding: --scale ${SCALE.toLocaleString('en-US')} (${total.toLocaleString('en-US')} calls on account 11) ready in ${fmt(sandbox.ms / 1000, 2)} s (process start, migrations, seeding, listen)\n`)
  console.log(`Throughput, GET ${path} (${body.length} B body), 10 connections, ${ROUNDS} alternating rounds of ${DURATION} s each (medians):\n`)
  console.log('| server | req/s | p50 ms | p99 ms |')
  console.log('|---|---:|---:|---:|')
  console.log(`| sandbox | ${fmt(sandboxRun.rps, 0)} | ${sandboxRun.p50} | ${sandboxRun.p99} |`)
  console.log(`| bare node:http | ${fmt(bareRun.rps, 0)} | ${bareRun.p50} | ${bareRun.p99} |`)
  console.log(`\nRatio sandbox / bare: ${fmt(ratio, 2)} (median of the rounds' ratios: ${rounds.map((r) => fmt(r.ratio, 2)).join(', ')}; target >= 0.50)\n`)
  console.log(`Page latency in the ${total.toLocaleString('en-US')}-row listing, per_page ${perPage}:\n`)
  console.log('| page | warm p50 ms | warm p99 ms | cold p50 ms | cold p99 ms |')
  console.log('|---|---:|---:|---:|---:|')
  console.log(`| 1 | ${fmt(warmFirst.p50, 2)} | ${fmt(warmFirst.p99, 2)} | ${fmt(coldFirst.p50, 2)} | ${fmt(coldFirst.p99, 2)} |`)
  console.log(`| ${deep.toLocaleString('en-US')} | ${fmt(warmDeep.p50, 2)} | ${fmt(warmDeep.p99, 2)} | ${fmt(coldDeep.p50, 2)} | ${fmt(coldDeep.p99, 2)} |`)
  console.log(`\nMeasured from the client (fetch, one request at a time, ${coldDeep.n} requests per cell). warm: the same URL again (served from the page cache); cold: a page or date window not asked before, so SQLite answers every time (pages ${deep - 500}..${deep + 499} for the deep row, page 1 of ${coldFirst.n} different end_date windows for the first)\n`)
  console.log('EXPLAIN QUERY PLAN:')
  for (const d of [...countPlan, ...windowPlan, ...pagePlan]) console.log(`  ${d}`)
  if (scans.length > 0) throw new Error(`a query scans: ${scans.join('; ')}`)
  if (coldDeep.p99 > 50) console.log(`\nWARNING: cold deep-page p99 ${fmt(coldDeep.p99, 2)} ms is over the 50 ms target`)
} finally {
  for (const child of children) child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 300))
  rmSync(dir, { recursive: true, force: true })
}
