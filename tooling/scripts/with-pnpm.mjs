#!/usr/bin/env node
// Runs a command with `pnpm` on PATH (see pnpm-env.mjs): the root scripts call turbo through it.
//
//   node tooling/scripts/with-pnpm.mjs turbo run build --filter=@ringplus/sample...
import { spawnSync } from 'node:child_process'
import { envWithPnpm } from './pnpm-env.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node tooling/scripts/with-pnpm.mjs <command> [args...]')
  process.exit(2)
}
const result = spawnSync(command, args, { stdio: 'inherit', env: envWithPnpm(), shell: process.platform === 'win32' })
if (result.error) {
  console.error(`${command}: ${result.error.message}`)
  process.exit(1)
}
process.exit(result.status ?? 1)
