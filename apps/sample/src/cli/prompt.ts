// Asks the user for a value: on a terminal with a prompt (passwords not echoed); from a pipe, the
// next line of stdin (so scripts can feed `login --manual` the redirected URL).
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { CliError, ExitCode } from './cli-error'

let pipedLines: AsyncIterator<string> | undefined

async function readPipedLine(variable: string | undefined): Promise<string> {
  pipedLines ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]()
  const next = await pipedLines.next()
  if (next.done || next.value.trim() === '') {
    throw new CliError(`${variable ?? 'a value'} is needed and stdin has none`, {
      fix: variable?.startsWith('RINGPLUS_') ? `set ${variable}` : 'run the command in a terminal, or pipe the value in',
      exitCode: ExitCode.usage,
    })
  }
  return next.value.trim()
}

/** Asks `question` on stderr and resolves the answer; `hidden` stops the echo (passwords). */
export async function prompt(question: string, options: { hidden?: boolean; variable?: string } = {}): Promise<string> {
  if (!process.stdin.isTTY) return readPipedLine(options.variable)
  let muted = false
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stderr.write(chunk)
      callback()
    },
  })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  try {
    return await new Promise<string>((resolve, reject) => {
      rl.question(question, (answer) => resolve(answer.trim()))
      rl.once('SIGINT', () => reject(new CliError('cancelled', { exitCode: 130 })))
      muted = options.hidden === true
    })
  } finally {
    if (options.hidden) process.stderr.write('\n')
    rl.close()
  }
}
