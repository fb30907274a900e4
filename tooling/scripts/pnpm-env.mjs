// turbo runs each package's task through the `pnpm` binary, which a machine with only Node +
// corepack does not have (`corepack pnpm ...` works, a bare `pnpm` does not: turbo then fails
// with "Unable to find package manager binary"). `envWithPnpm()` returns an environment whose
// PATH has `pnpm` — as it is when installed, or a tiny shim calling `corepack pnpm`.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

export function envWithPnpm(base = process.env) {
  const env = { ...base }
  const hasPnpm = spawnSync('pnpm', ['--version'], { stdio: 'ignore', env, shell: process.platform === 'win32' }).status === 0
  if (hasPnpm) return env
  const dir = join(tmpdir(), `ringplus-pnpm-shim-${process.getuid?.() ?? 'user'}`)
  mkdirSync(dir, { recursive: true })
  if (process.platform === 'win32') {
    writeFileSync(join(dir, 'pnpm.cmd'), '@corepack pnpm %*\r\n')
  } else {
    writeFileSync(join(dir, 'pnpm'), '#!/bin/sh\nexec corepack pnpm "$@"\n')
    chmodSync(join(dir, 'pnpm'), 0o755)
  }
  const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH'
  env[key] = `${dir}${delimiter}${env[key] ?? ''}`
  return env
}
