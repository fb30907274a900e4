// A write acknowledged with 2xx survives SIGKILL and a restart on the same file. The CLI runs
// in a plain node child (bundled from src with esbuild: no build step, no TS loader).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox, SandboxCredentials } from '@ringplus/sandbox'
import { CookieJar, authorizeUrl, browse, call, exchange, readForms, signIn, submit } from './helpers'

const packageDir = resolve(import.meta.dirname, '..')
let cli: string
let dir: string

beforeAll(async () => {
  mkdirSync(join(packageDir, 'temp'), { recursive: true })
  cli = join(packageDir, 'temp', `cli-${process.pid}.mjs`)
  await build({ entryPoints: [join(packageDir, 'src/cli.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: cli, logLevel: 'silent' })
  dir = mkdtempSync(join(tmpdir(), 'ringplus-durability-'))
})
afterAll(() => {
  rmSync(cli, { force: true })
  rmSync(dir, { recursive: true, force: true })
})

interface Running {
  child: ChildProcessWithoutNullStreams
  credentials: SandboxCredentials
}

async function launch(db: string): Promise<Running> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--json', '--db', db, '--processing-delay-ms', '0'], { cwd: dir })
  const lines = createInterface({ input: child.stdout })
  const first = await new Promise<string>((resolveLine, reject) => {
    const timer = setTimeout(() => reject(new Error('the sandbox did not start within 15 s')), 15_000)
    lines.once('line', (line) => {
      clearTimeout(timer)
      resolveLine(line)
    })
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)))
  })
  return { child, credentials: JSON.parse(first) as SandboxCredentials }
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })))
}

const asSandbox = (credentials: SandboxCredentials) => ({ url: credentials.url, credentials }) as unknown as Sandbox

describe('durability', () => {
  it('prints one JSON line with the contract’s facts', async () => {
    const running = await launch(join(dir, 'facts.db'))
    try {
      expect(Object.keys(running.credentials)).toEqual(
        expect.arrayContaining(['url', 'client_id', 'client_secret', 'public_client_id', 'redirect_uris', 'users', 'billing_plan_ids', 'credit_card_ids', 'lost_or_stolen_esns']),
      )
      expect(running.credentials.users).toHaveLength(3)
      for (const user of running.credentials.users) {
        expect(user.email).toMatch(/@example\.com$/)
        expect(user.password.length).toBeGreaterThanOrEqual(12)
      }
    } finally {
      const done = exited(running.child)
      running.child.kill('SIGTERM')
      expect((await done).code).toBe(0)
    }
  })

  it('keeps every acknowledged write after SIGKILL', async () => {
    const db = join(dir, 'killed.db')
    const first = await launch(db)
    const sandbox = asSandbox(first.credentials)
    const { client_id, client_secret } = first.credentials
    const redirect = 'http://127.0.0.1:9999/callback'
    const { location } = await signIn(sandbox, { redirectUri: redirect, scope: 'public manage voicemail request' })
    const token = (await exchange(sandbox, { grant_type: 'authorization_code', code: location.searchParams.get('code')!, redirect_uri: redirect, client_id, client_secret })).body
    const auth = { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }
    const url = first.credentials.url

    const [message] = (await call(`${url}/voicemail_boxes/31/voicemail_messages?per_page=1`, { headers: auth })).body.voicemail_messages
    expect((await call(`${url}/accounts/11`, { method: 'PUT', headers: auth, body: JSON.stringify({ account: { name: 'Durable' } }) })).status).toBe(204)
    expect((await call(`${url}/voicemail_messages/${message.id}`, { method: 'DELETE', headers: auth })).status).toBe(204)
    const filed = await call(`${url}/accounts/12/device_change_requests`, { method: 'POST', headers: auth, body: JSON.stringify({ device_change_request: { device_esn: 'A1DDDDDDDDDDDD' } }) })
    expect(filed.status).toBe(201)
    expect((await call(`${url}/users/1`, { method: 'PUT', headers: auth, body: JSON.stringify({ user: { password: 'survives a SIGKILL' } }) })).status).toBe(204)

    const killed = exited(first.child)
    first.child.kill('SIGKILL')
    expect((await killed).signal).toBe('SIGKILL')

    const second = await launch(db)
    try {
      const url2 = second.credentials.url
      const h = { authorization: `Bearer ${token.access_token}` }
      expect((await call(`${url2}/accounts/11`, { headers: h })).body.account.name).toBe('Durable')
      expect((await call(`${url2}/voicemail_messages/${message.id}`, { method: 'DELETE', headers: h })).status).toBe(404)
      const request = (await call(`${url2}/device_change_requests/${filed.body.device_change_request.id}`, { headers: h })).body.device_change_request
      expect(request).toMatchObject({ completed: true, successful: true })
      expect((await call(`${url2}/accounts/12`, { headers: h })).body.account.active_device.esn).toBe('A1DDDDDDDDDDDD')
      // The refresh token was persisted too.
      expect((await exchange(asSandbox(second.credentials), { grant_type: 'refresh_token', refresh_token: token.refresh_token, client_id, client_secret })).status).toBe(200)
      // The new password is the one the sign-in page accepts.
      const jar = new CookieJar()
      const pageUrl = authorizeUrl(asSandbox(second.credentials), { response_type: 'code', client_id, redirect_uri: redirect })
      const page = await browse(pageUrl, jar)
      const old = await submit(pageUrl, readForms(page.text)[0]!, jar, { 'user[email]': 'alice@example.com', 'user[password]': first.credentials.users[0]!.password })
      expect(old.status).toBe(401)
      const renewed = await submit(pageUrl, readForms(old.text)[0]!, jar, { 'user[email]': 'alice@example.com', 'user[password]': 'survives a SIGKILL' })
      expect(renewed.status).toBe(302)
    } finally {
      const done = exited(second.child)
      second.child.kill('SIGINT')
      expect((await done).code).toBe(0)
    }
  })
})
