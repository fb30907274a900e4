#!/usr/bin/env node
// ringplus-sandbox: runs the sandbox until SIGINT/SIGTERM. See `ringplus-sandbox --help`.
import { resolve } from 'node:path'
import { launchSandbox } from './internal/launch-sandbox'
import { parseCliArgs, usage } from './internal/parse-cli-args'
import { DEFAULT_FAULT_MIX } from './internal/http/fault-injector'
import type { SandboxCredentials } from './types'

function banner(credentials: SandboxCredentials, db: string, faults: boolean): string {
  const lines = [
    `RingPlus sandbox listening on ${credentials.url}`,
    `  database            ${db}`,
    `  authorize           ${credentials.url}/oauth/authorize`,
    `  token               ${credentials.url}/oauth/token`,
    `  client_id           ${credentials.client_id}`,
    `  client_secret       ${credentials.client_secret}`,
    `  public_client_id    ${credentials.public_client_id} (no secret, PKCE S256)`,
    `  redirect_uris       ${credentials.redirect_uris.join(', ')} (any port)`,
    `  billing_plan_ids    ${credentials.billing_plan_ids.join(', ')}`,
    `  lost/stolen ESNs    ${credentials.lost_or_stolen_esns.join(', ')}`,
    '  users:',
    ...credentials.users.map(
      (u) =>
        `    #${u.id} ${u.email}  password ${u.password}  accounts [${u.account_ids.join(', ')}]  cards [${(credentials.credit_card_ids[String(u.id)] ?? []).join(', ')}]`,
    ),
  ]
  if (faults) lines.push('  fault injection ON: a default mix of faults; DELETE /_sandbox/faults clears it, POST /_sandbox/faults adds rules')
  lines.push('Press Ctrl+C to stop.')
  return lines.join('\n') + '\n'
}

async function main(): Promise<void> {
  let args
  try {
    args = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`ringplus-sandbox: ${(error as Error).message}\n\n${usage}`)
    process.exit(2)
  }
  if (args.help) {
    process.stdout.write(usage)
    return
  }
  const db = args.db === ':memory:' ? ':memory:' : resolve(args.db)
  const info = await launchSandbox({ ...args.options, db })
  const { sandbox } = info
  if (args.options.faults) for (const rule of DEFAULT_FAULT_MIX) sandbox.faults.add(rule)
  if (info.reused && (args.seedGiven || args.scaleGiven) && (info.seed !== args.options.seed || info.scale !== args.options.scale)) {
    process.stderr.write(
      `ringplus-sandbox: ${db} already holds a world seeded with --seed ${info.seed} --scale ${info.scale}; it is reused as it is (use a new --db to re-seed)\n`,
    )
  }
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    if (!args.json) process.stderr.write(`\nringplus-sandbox: ${signal}, stopping\n`)
    sandbox.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))

  // Printed last: whoever reads this line may signal the process at once.
  if (args.json) process.stdout.write(JSON.stringify(sandbox.credentials) + '\n')
  else process.stdout.write(banner(sandbox.credentials, db, args.options.faults === true))
}

main().catch((error: unknown) => {
  process.stderr.write(`ringplus-sandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
