#!/usr/bin/env node
// `pnpm test`: the one command that runs every check and every test.
//  1. turbo: build, typecheck, lint, api:check, attw, size (any failure fails the run)
//  2. vitest over every package and app, with the JSON reporter
//  3. prints one closing line `N passed, N failed[, N skipped]` counted from that JSON
//
// Flags: --no-checks skips step 1 except the build; anything else goes to vitest
// (e.g. `pnpm test -- packages/transport`).
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, existsSync } from 'node:fs'
import { resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { envWithPnpm } from './pnpm-env.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2).filter((a) => a !== '--')
const skipChecks = args.includes('--no-checks')
const vitestArgs = args.filter((a) => a !== '--no-checks')
const resultsFile = resolve(root, '.vitest-results.json')
// turbo (and the tests that build through it) need `pnpm` on PATH.
const env = envWithPnpm()

function run(cmd, cmdArgs) {
  console.log(`\n$ ${cmd} ${cmdArgs.join(' ')}`)
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env })
  return r.status ?? 1
}

const tasks = skipChecks ? ['build'] : ['build', 'typecheck', 'lint', 'api:check', 'attw', 'size']
const checks = run('pnpm', ['exec', 'turbo', 'run', ...tasks, '--output-logs=errors-only'])

rmSync(resultsFile, { force: true })
const vitest = run('pnpm', [
  'exec', 'vitest', 'run',
  '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`,
  ...vitestArgs,
])

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed = results.numPassedTests ?? 0
  failed = results.numFailedTests ?? 0
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0)
  // A test file that fails to load has no test results of its own: count it as a failure.
  for (const file of results.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1
  }
} else {
  failed += 1
  console.error('vitest wrote no JSON results')
}

if (checks !== 0) console.error('\nchecks failed: build, typecheck, lint, api:check, attw or size (see above)')
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
const ok = checks === 0 && vitest === 0 && failed === 0 && passed > 0
process.exit(ok ? 0 : 1)
