import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { SandboxOptions } from '../types'

/** The CLI's help text. */
export const usage = `Usage: ringplus-sandbox [options]

A local RingPlus-compatible server: OAuth 2.0, the REST API v1, SQLite.

Options:
  --port <n>                 TCP port; 0 picks a free one (default 4010)
  --host <addr>              interface to listen on (default 127.0.0.1)
  --db <file>                SQLite file, or :memory: (default .ringplus-sandbox/sandbox.db)
  --seed <n>                 seed of the generated world (default 1)
  --scale <n>                call records for user A's first line, for load tests (default 0: ~1,000)
  --processing-delay-ms <n>  time a carrier request takes to complete (default 2000)
  --token-ttl-s <n>          access-token lifetime in seconds (default 86400)
  --rate-limit <n>/<s>       requests per token per window of s seconds (default 600/300)
  --faults                   inject a mix of faults and enable /_sandbox/faults
  --json                     print one line of JSON (url, credentials, users) once listening
  -h, --help                 show this help
`

/** Parsed command-line arguments. */
export interface CliArgs {
  options: SandboxOptions
  db: string
  json: boolean
  help: boolean
  seedGiven: boolean
  scaleGiven: boolean
}

function integer(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new Error(`--${flag} expects a non-negative integer, got ${text}`)
  return Number(text)
}

/** Parses `argv` (without node and the script); throws with a readable message on bad input. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      'processing-delay-ms': { type: 'string' },
      'token-ttl-s': { type: 'string' },
      'rate-limit': { type: 'string' },
      faults: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const port = integer('port', values.port, 4010)
  if (port > 65535) throw new Error('--port must be at most 65535')
  let rateLimit: SandboxOptions['rateLimit']
  if (values['rate-limit'] !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values['rate-limit'])
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new Error('--rate-limit expects <requests>/<seconds>, e.g. 600/300')
    rateLimit = { requests: Number(m[1]), windowSeconds: Number(m[2]) }
  }
  const ttl = integer('token-ttl-s', values['token-ttl-s'], 86_400)
  if (ttl < 1) throw new Error('--token-ttl-s must be at least 1')
  return {
    options: {
      port,
      host: values.host ?? '127.0.0.1',
      seed: integer('seed', values.seed, 1),
      scale: integer('scale', values.scale, 0),
      processingDelayMs: integer('processing-delay-ms', values['processing-delay-ms'], 2000),
      tokenTtlSeconds: ttl,
      rateLimit,
      faults: values.faults === true,
    },
    db: values.db ?? join('.ringplus-sandbox', 'sandbox.db'),
    json: values.json === true,
    help: values.help === true,
    seedGiven: values.seed !== undefined,
    scaleGiven: values.scale !== undefined,
  }
}
