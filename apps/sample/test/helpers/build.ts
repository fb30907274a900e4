// Builds the sample and everything it depends on (every SDK package and the sandbox) through
// turbo, unless every dist is already newer than its sources (as after `pnpm test`'s build step).
// Test files run in parallel workers, so builds take a lock (two tsup runs must never clean the
// same dist at once), and happen at most once per vitest run.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { run } from './run'
import { root, workspacePackages } from './workspace'

const LOCK = join(tmpdir(), 'ringplus-sample-build.lock')
// Test files run in worker processes of one vitest process: one build per vitest run at most, so a
// later file never rebuilds (and cleans) a dist while an earlier file's processes are using it.
const DONE = join(tmpdir(), `ringplus-sample-build-${process.ppid}.done`)
const STALE_MS = 10 * 60_000

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + STALE_MS
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true })
      } catch {
        // The holder just released it.
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${LOCK}`)
      await sleep(250)
    }
  }
  try {
    return await fn()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

/** Newest (`max`) or oldest (`min`) modification time of the files under `path`. */
function mtime(path: string, pick: 'max' | 'min'): number | undefined {
  if (!existsSync(path)) return undefined
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let result: number | undefined
  for (const entry of readdirSync(path)) {
    const t = mtime(join(path, entry), pick)
    if (t !== undefined) result = result === undefined ? t : pick === 'max' ? Math.max(result, t) : Math.min(result, t)
  }
  return result
}

/** `true` when every package's dist is newer than its sources (nothing to build). */
function isFresh(): boolean {
  const dirs = workspacePackages()
    .map((p) => p.dir)
    .filter((dir) => dir.startsWith('packages/') || dir === 'apps/sample')
  return dirs.every((dir) => {
    const inputs = ['src', 'package.json', 'tsup.config.ts', 'vite.config.ts'].map((f) => mtime(join(root, dir, f), 'max') ?? 0)
    const built = mtime(join(root, dir, 'dist'), 'min')
    return built !== undefined && built >= Math.max(...inputs)
  })
}

let built: Promise<void> | undefined

/** Builds `@ringplus/sample` and its dependencies (turbo, cached). */
export function ensureBuilt(): Promise<void> {
  built ??= withLock(async () => {
    // A stamp left by a recycled pid long ago does not count.
    if (existsSync(DONE) && Date.now() - statSync(DONE).mtimeMs < 60 * 60_000) return
    if (!isFresh()) await build()
    writeFileSync(DONE, new Date().toISOString())
  })
  return built
}

/** `turbo run build --filter=@ringplus/sample...`, with `pnpm` on PATH for turbo. */
async function build(): Promise<void> {
  const result = await run(
    process.execPath,
    [
      join(root, 'tooling/scripts/with-pnpm.mjs'),
      'corepack',
      'pnpm',
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@ringplus/sample...',
      '--output-logs=errors-only',
    ],
    { cwd: root, timeoutMs: 8 * 60_000 },
  )
  if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`)
}
