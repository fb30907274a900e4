// Secrets at rest, injection, escaping, body caps and error hygiene.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { CookieJar, api, authorizeUrl, browse, call, exchange, signIn, start, tokenFor } from './helpers'

let sandbox: Sandbox
let dir: string
let file: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ringplus-security-'))
  file = join(dir, 'sandbox.db')
  sandbox = await start({ db: file })
})
afterAll(async () => {
  await sandbox.stop()
  rmSync(dir, { recursive: true, force: true })
})

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('secrets at rest', () => {
  it('stores passwords as scrypt hashes and codes, tokens and client secrets as SHA-256 digests', async () => {
    const redirect = 'http://127.0.0.1:4444/callback'
    const { location } = await signIn(sandbox, { redirectUri: redirect })
    const code = location.searchParams.get('code')!
    const { client_id, client_secret } = sandbox.credentials
    const token = (await exchange(sandbox, { grant_type: 'authorization_code', code, redirect_uri: redirect, client_id, client_secret })).body
    const db = new Database(file, { readonly: true })
    try {
      for (const hash of db.prepare('SELECT password_hash FROM users').pluck().all() as string[]) expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/)
      const dump = (db.prepare("SELECT group_concat(sql, ' ') FROM sqlite_master").pluck().get() as string) + JSON.stringify(
        ['users', 'applications', 'authorization_codes', 'tokens'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()),
      )
      for (const secret of [code, token.access_token, token.refresh_token, client_secret, ...sandbox.credentials.users.map((u) => u.password)]) {
        expect(dump).not.toContain(secret)
      }
      expect(db.prepare('SELECT COUNT(*) FROM authorization_codes WHERE code_hash = ?').pluck().get(sha256(code))).toBe(1)
      expect(db.prepare('SELECT COUNT(*) FROM tokens WHERE access_hash = ? AND refresh_hash = ?').pluck().get(sha256(token.access_token), sha256(token.refresh_token))).toBe(1)
      expect(db.prepare('SELECT COUNT(*) FROM applications WHERE secret_hash = ?').pluck().get(sha256(client_secret))).toBe(1)
      const migrations = db.prepare('SELECT version, name FROM schema_migrations').all()
      expect(migrations).toEqual([{ version: 1, name: 'initial schema' }])
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    } finally {
      db.close()
    }
  })
})

describe('hostile input', () => {
  it('SQL in filters is data, not code', async () => {
    const client = api(sandbox, tokenFor(sandbox, 1))
    for (const value of ["' OR 1=1 --", '13; DROP TABLE accounts', '%', '_']) {
      const answer = await client.get(`/accounts?${new URLSearchParams({ name: value, phone_number: value })}`)
      expect(answer.status).toBe(200)
      expect(answer.body.accounts).toEqual([])
    }
    expect((await client.get('/accounts')).body.accounts).toHaveLength(1)
  })

  it('never answers with a stack trace or an internal path', async () => {
    const client = api(sandbox, tokenFor(sandbox))
    const answers = [
      await call(`${sandbox.url}/accounts/%E0%A4%A`, { headers: { authorization: `Bearer ${tokenFor(sandbox)}` } }),
      await client.json('PUT', '/accounts/11', { account: { name: { deep: { deeper: [1, { x: null }] } } } }),
      await client.json('PUT', '/accounts/11', JSON.parse('{"account":' + '{"a":'.repeat(20) + '1' + '}'.repeat(20) + '}')),
      await client.get(`/accounts/11/phone_calls?start_date=${'9'.repeat(5000)}`),
      await client.get(`/accounts/${'9'.repeat(40)}`),
      await call(`${sandbox.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic %%%' }, body: 'grant_type=refresh_token&refresh_token=x' }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toMatch(/\bat \w+ \(|node_modules|\/work\/|Error:/)
    }
  })

  it('caps bodies at 1 MiB on every route', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1)
    const token = await call(`${sandbox.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=${big}` })
    expect(token.status).toBe(413)
    expect(token.body).toEqual({ status: '413', error: 'Payload Too Large' })
    const authorize = await call(authorizeUrl(sandbox, { client_id: sandbox.credentials.client_id }), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: big })
    expect(authorize.status).toBe(413)
  })

  it('ignores a forged session cookie', async () => {
    const jar = new CookieJar()
    jar.cookies.set('_ringplus_session', `${Buffer.from(JSON.stringify({ csrf: 'x', uid: 1, pv: 1 })).toString('base64url')}.forgedsignature`)
    const answer = await browse(authorizeUrl(sandbox, { response_type: 'code', client_id: sandbox.credentials.client_id, redirect_uri: 'http://127.0.0.1/callback' }), jar)
    expect(answer.status).toBe(200) // the sign-in page, not a redirect with a code
    expect(answer.text).toContain('user[password]')
  })

  it('sends no-store and anti-framing headers on the HTML pages', async () => {
    const answer = await call(authorizeUrl(sandbox, { response_type: 'code', client_id: sandbox.credentials.client_id, redirect_uri: 'http://127.0.0.1/callback' }))
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('x-frame-options')).toBe('DENY')
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
