import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createOAuthClient, type TokenSet } from '@ringplus/auth'
import { createFileTokenStore, TokenStoreError } from '@ringplus/auth/node'

const run = promisify(execFile)
const packages = resolve(import.meta.dirname, '../..')
const token = (n: number): TokenSet => ({ access_token: `a${n}`, refresh_token: `r${n}`, token_type: 'bearer', expires_at: 2e9 })

let dir: string
let sandbox: Sandbox
let childScript: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ringplus-auth-'))
  sandbox = await startSandbox({ processingDelayMs: 0 })
  // Bundle the child script from the TypeScript sources (the tests need no build).
  childScript = join(dir, 'child.mjs')
  await build({
    entryPoints: [resolve(import.meta.dirname, 'fixtures/file-store-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    alias: {
      '@ringplus/auth/node': resolve(packages, 'auth/src/node.ts'),
      '@ringplus/auth': resolve(packages, 'auth/src/index.ts'),
      '@ringplus/transport': resolve(packages, 'transport/src/index.ts'),
      '@ringplus/models': resolve(packages, 'models/src/index.ts'),
    },
  })
}, 60_000)
afterAll(async () => {
  await sandbox?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const child = async (file: string, action: string) => {
  const { client_id, client_secret } = sandbox.credentials
  const { stdout } = await run(process.execPath, [childScript, sandbox.url, client_id, client_secret, file, action], { timeout: 30_000 })
  return JSON.parse(stdout) as { status?: number; refreshed?: string }
}

describe('createFileTokenStore', () => {
  test('writes the token with mode 0600 by atomic rename, creating the directory', async () => {
    const file = join(dir, 'nested', 'deeper', 'token.json')
    const store = createFileTokenStore(file)
    expect(store.path).toBe(file)
    expect(await store.get()).toBeUndefined()
    await store.set(token(1))
    expect(await store.get()).toEqual(token(1))
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'nested', 'deeper'))).mode & 0o777).toBe(0o700)
    await store.set(token(2))
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(token(2))
    // No temporary or lock files left behind.
    expect(await readdir(join(dir, 'nested', 'deeper'))).toEqual(['token.json'])
    await store.set(undefined)
    expect(await readdir(join(dir, 'nested', 'deeper'))).toEqual([])
    await store.set(undefined) // clearing twice is fine
  })

  test('replaces a file that had wider permissions with a 0600 one', async () => {
    const file = join(dir, 'wide.json')
    await writeFile(file, JSON.stringify(token(1)), { mode: 0o644 })
    await createFileTokenStore(file).set(token(2))
    expect((await stat(file)).mode & 0o777).toBe(0o600)
  })

  test('compareAndSet writes only over the expected pair', async () => {
    const store = createFileTokenStore(join(dir, 'cas.json'))
    expect(await store.compareAndSet(undefined, token(1))).toBe(true)
    expect(await store.compareAndSet(token(5), token(2))).toBe(false)
    expect(await store.get()).toEqual(token(1))
    expect(await store.compareAndSet(token(1), token(2))).toBe(true)
    expect(await store.get()).toEqual(token(2))
  })

  test('concurrent compare-and-sets from one expected value: exactly one wins', async () => {
    const file = join(dir, 'race.json')
    await createFileTokenStore(file).set(token(0))
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createFileTokenStore(file).compareAndSet(token(0), token(i + 1))),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
    const winner = results.indexOf(true) + 1
    expect(await createFileTokenStore(file).get()).toEqual(token(winner))
  })

  test('a corrupt file is a TokenStoreError naming the file, never quoting it', async () => {
    const file = join(dir, 'corrupt.json')
    await writeFile(file, '{"access_token":"s3cret-token", trailing garbage')
    const error = await createFileTokenStore(file).get().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TokenStoreError)
    expect(error).toMatchObject({ path: file, message: `Token file ${file} is not valid JSON` })
    await writeFile(file, JSON.stringify({ access_token: 's3cret-token', token_type: 'mac' }))
    await expect(createFileTokenStore(file).get()).rejects.toThrow(/does not hold a bearer token/)
    expect(JSON.stringify(error)).not.toContain('s3cret')
  })

  test('waits for a held lock, breaks a stale one', async () => {
    const file = join(dir, 'locked.json')
    await writeFile(`${file}.lock`, '12345')
    await expect(createFileTokenStore(file, { lockTimeout: 200 }).set(token(1))).rejects.toThrow(/is locked by another process/)
    const old = new Date(Date.now() - 60_000)
    await utimes(`${file}.lock`, old, old)
    await createFileTokenStore(file, { lockTimeout: 200 }).set(token(1))
    expect(await createFileTokenStore(file).get()).toEqual(token(1))
    expect(await readdir(dir)).not.toContain('locked.json.lock')
  })

  test('the token survives a process restart, and a refresh in one process is seen by the next', async () => {
    const file = join(dir, 'restart', 'token.json')
    const auth = createOAuthClient({
      clientId: sandbox.credentials.client_id,
      clientSecret: sandbox.credentials.client_secret,
      redirectUri: 'http://127.0.0.1/callback',
      authBaseUrl: sandbox.url,
      store: createFileTokenStore(file),
    })
    await auth.setToken(sandbox.issueToken({ email: sandbox.credentials.users[0]!.email }))
    const original = (await auth.getTokenSet())!
    sandbox.traffic.reset()

    // A new process finds the token on disk and uses it: no token request.
    expect(await child(file, 'call')).toMatchObject({ status: 200 })
    expect(sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })).toBe(0)

    // A process that refreshes writes the rotated pair; the next process and this one both see it.
    const { refreshed } = await child(file, 'refresh')
    const rotated = (await auth.getTokenSet())!
    expect(rotated.access_token.slice(0, 6)).toBe(refreshed)
    expect(rotated.refresh_token).not.toBe(original.refresh_token)
    expect(await child(file, 'call')).toMatchObject({ status: 200 })
    expect(sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })).toBe(1)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
  })

  test('two processes refreshing the same file at once both end on the one stored pair', async () => {
    const file = join(dir, 'shared', 'token.json')
    await createFileTokenStore(file).set(sandbox.issueToken({ email: sandbox.credentials.users[1]!.email }))
    sandbox.traffic.reset()
    // Hold both refresh requests at the server so they are surely in flight together.
    sandbox.faults.add({ method: 'POST', path: '/oauth/token', kind: 'latency', delayMs: 1500, times: 2 })
    const [one, two] = await Promise.all([child(file, 'refresh'), child(file, 'refresh')])
    sandbox.faults.clear()
    expect(sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })).toBe(2)
    const stored = (await createFileTokenStore(file).get())!
    expect(one.refreshed).toBe(stored.access_token.slice(0, 6))
    expect(two.refreshed).toBe(stored.access_token.slice(0, 6))
    expect(await child(file, 'call')).toMatchObject({ status: 200 })
  })
})
