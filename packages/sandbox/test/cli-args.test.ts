// ringplus-sandbox's flags.
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../src/internal/parse-cli-args'

describe('parseCliArgs', () => {
  it('has defaults', () => {
    const args = parseCliArgs([])
    expect(args).toEqual({
      options: { port: 4010, host: '127.0.0.1', seed: 1, scale: 0, processingDelayMs: 2000, tokenTtlSeconds: 86400, rateLimit: undefined, faults: false },
      db: '.ringplus-sandbox/sandbox.db',
      json: false,
      help: false,
      seedGiven: false,
      scaleGiven: false,
    })
  })

  it('reads every flag', () => {
    const args = parseCliArgs(['--port', '0', '--host', '::1', '--db', ':memory:', '--seed', '7', '--scale', '1000000', '--processing-delay-ms', '0', '--token-ttl-s', '60', '--rate-limit', '10/5', '--faults', '--json'])
    expect(args.options).toEqual({ port: 0, host: '::1', seed: 7, scale: 1_000_000, processingDelayMs: 0, tokenTtlSeconds: 60, rateLimit: { requests: 10, windowSeconds: 5 }, faults: true })
    expect(args.db).toBe(':memory:')
    expect(args.json).toBe(true)
    expect(args.seedGiven && args.scaleGiven).toBe(true)
  })

  it.each([['--port', 'x'], ['--port', '70000'], ['--rate-limit', '10'], ['--rate-limit', '0/5'], ['--seed', '-1'], ['--token-ttl-s', '0'], ['--nope']])('rejects %s %s', (...argv) => {
    expect(() => parseCliArgs(argv.filter((a) => a !== undefined))).toThrow()
  })
})
