import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { TokenStoreError } from '../errors/token-store-error'
import { toTokenSet } from '../to-token-set'
import type { TokenSet, TokenStore } from '../types'

/**
 * Options of {@link createFileTokenStore}.
 *
 * @example
 * ```ts
 * const store = createFileTokenStore('.ringplus/token.json', { lockTimeout: 2_000 })
 * ```
 * @public
 */
export interface FileTokenStoreOptions {
  /**
   * How long a write waits for the lock another process holds, in milliseconds.
   * @defaultValue `10_000`
   */
  lockTimeout?: number | undefined
  /**
   * A lock file older than this (ms) is taken to be left by a crashed process and is broken.
   * @defaultValue `30_000`
   */
  staleLockAge?: number | undefined
}

/**
 * A {@link TokenStore} kept in a JSON file. `compareAndSet` is always present.
 *
 * @example
 * ```ts
 * const store: FileTokenStore = createFileTokenStore('token.json')
 * console.log(store.path)
 * ```
 * @public
 */
export interface FileTokenStore extends TokenStore {
  /** The absolute path of the token file. */
  readonly path: string
  /** Reads the token file; `undefined` when it does not exist. */
  get(): Promise<TokenSet | undefined>
  /** Writes the token file (or deletes it for `undefined`) under the file lock. */
  set(token: TokenSet | undefined): Promise<void>
  /** Stores `next` only if the file still holds `expected`, under the file lock. */
  compareAndSet(expected: TokenSet | undefined, next: TokenSet | undefined): Promise<boolean>
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * A {@link TokenStore} in a file (Node only): the token survives restarts and can be shared by
 * several processes. Written with mode `0600` to a temporary file that is then renamed over the
 * old one (readers never see half a token); writes take a lock file (`<path>.lock`) so
 * `compareAndSet` is atomic across processes.
 *
 * @param path - the token file; its directory is created (mode `0700`) when missing
 * @param options - lock timing
 * @example
 * ```ts
 * import { createOAuthClient } from '@ringplus/auth'
 * import { createFileTokenStore } from '@ringplus/auth/node'
 *
 * const auth = createOAuthClient({ clientId, clientSecret, redirectUri, store: createFileTokenStore('.ringplus/token.json') })
 * ```
 * @public
 */
export function createFileTokenStore(path: string, options: FileTokenStoreOptions = {}): FileTokenStore {
  const file = resolve(path)
  const lockFile = `${file}.lock`
  const lockTimeout = options.lockTimeout ?? 10_000
  const staleLockAge = options.staleLockAge ?? 30_000

  const read = async (): Promise<TokenSet | undefined> => {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return undefined
      throw new TokenStoreError(file, `cannot be read (${String(codeOf(error))})`, error)
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new TokenStoreError(file, 'is not valid JSON')
    }
    const token = toTokenSet(json, Date.now())
    if (!token) throw new TokenStoreError(file, 'does not hold a bearer token')
    return token
  }

  const write = async (token: TokenSet | undefined): Promise<void> => {
    if (token === undefined) {
      await unlink(file).catch((error: unknown) => {
        if (codeOf(error) !== 'ENOENT') throw new TokenStoreError(file, 'cannot be deleted', error)
      })
      return
    }
    const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      const handle = await open(temporary, 'wx', 0o600)
      try {
        await handle.writeFile(JSON.stringify(token))
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temporary, file)
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      throw new TokenStoreError(file, `cannot be written (${String(codeOf(error))})`, error)
    }
  }

  const withLock = async <T>(task: () => Promise<T>): Promise<T> => {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 })
    const deadline = Date.now() + lockTimeout
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(lockFile, 'wx', 0o600)
        await handle.writeFile(String(process.pid))
        await handle.close()
        break
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw new TokenStoreError(file, 'cannot be locked', error)
      }
      const age = await stat(lockFile).then((s) => Date.now() - s.mtimeMs, () => 0)
      if (age > staleLockAge) {
        // Move the abandoned lock aside atomically so only one waiter breaks it.
        const aside = `${lockFile}.${process.pid}.${randomBytes(6).toString('hex')}.stale`
        await rename(lockFile, aside).then(() => unlink(aside), () => undefined)
        continue
      }
      if (Date.now() >= deadline) throw new TokenStoreError(file, `is locked by another process (${lockFile})`)
      await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()))
    }
    try {
      return await task()
    } finally {
      await unlink(lockFile).catch(() => undefined)
    }
  }

  return {
    path: file,
    get: read,
    set: (token) => withLock(() => write(token)),
    compareAndSet: (expected, next) =>
      withLock(async () => {
        const current = await read().catch(() => undefined)
        if (current?.access_token !== expected?.access_token || current?.refresh_token !== expected?.refresh_token) {
          return false
        }
        await write(next)
        return true
      }),
  }
}
