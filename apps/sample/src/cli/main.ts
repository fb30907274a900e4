// The CLI's entry logic: global flags, the command table, errors as one line with the fix.
import { inspect } from 'node:util'
import { CliError, ExitCode } from './cli-error'
import { accounts, accountsHelp } from './commands/accounts'
import { changeDevice, changeDeviceHelp } from './commands/change-device'
import { changeNumber, changeNumberHelp } from './commands/change-number'
import { login, loginHelp, logout, logoutHelp } from './commands/login'
import { tour, tourHelp } from './commands/tour'
import { usage, usageHelp } from './commands/usage'
import { voicemail, voicemailHelp } from './commands/voicemail'
import type { Command } from './context'
import { describeError, formatErrorLine } from './describe-error'
import { createTerminal } from './format/terminal'
import { readSettings, type Settings } from './settings'

const COMMANDS: Record<string, { run: Command; help: string }> = {
  tour: { run: tour, help: tourHelp },
  login: { run: login, help: loginHelp },
  logout: { run: logout, help: logoutHelp },
  accounts: { run: accounts, help: accountsHelp },
  voicemail: { run: voicemail, help: voicemailHelp },
  usage: { run: usage, help: usageHelp },
  'change-device': { run: changeDevice, help: changeDeviceHelp },
  'change-number': { run: changeNumber, help: changeNumberHelp },
}

const HELP = `Usage: ringplus-sample <command> [options] [--json] [--debug]

Commands:
  tour             a guided tour of the API (the default of \`pnpm sample\`)
  login            sign in to a host and save the token
  logout           forget the saved token
  accounts         your accounts (lines)
  voicemail        list voicemail messages, or --delete one
  usage            calls, minutes, texts and data per line (--from, --to)
  change-device    move a line to another device (--esn, --iccid, --wait)
  change-number    give a line a new phone number (--wait)

Global options:
  --json    print one JSON document on stdout instead of tables
  --debug   print the stack trace of an error
  --help    help for a command: ringplus-sample <command> --help

Where it connects:
  No RINGPLUS_* settings: an embedded sandbox, started in-process for each command.
  RINGPLUS_API_URL, RINGPLUS_AUTH_URL (default: the API URL), RINGPLUS_CLIENT_ID,
  RINGPLUS_CLIENT_SECRET, RINGPLUS_REDIRECT_URI (default http://127.0.0.1/callback):
  a RingPlus-compatible host. \`login\` uses RINGPLUS_USERNAME / RINGPLUS_PASSWORD (or asks)
  and keeps the token in RINGPLUS_TOKEN_FILE or under $XDG_CONFIG_HOME/ringplus-sample/.

Exit codes: 0 ok, 1 unexpected, 2 bad command line, 3 sign-in, 4 missing scope,
            5 host unreachable, 6 refused or failed by the API.`

const GLOBAL_FLAGS = new Set(['--json', '--debug', '--help', '-h'])

/** Runs the CLI with `argv` (without node and script); resolves the exit code. */
export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json')
  const debug = argv.includes('--debug')
  const help = argv.includes('--help') || argv.includes('-h')
  const rest = argv.filter((arg) => !GLOBAL_FLAGS.has(arg))
  const [name, ...args] = rest
  const out = process.stdout
  let settings: Settings | undefined
  try {
    if (name === undefined || name === 'help') {
      const topic = name === 'help' && args[0] ? COMMANDS[args[0]] : undefined
      out.write((topic?.help ?? HELP) + '\n')
      return ExitCode.ok
    }
    const command = COMMANDS[name]
    if (!command) {
      throw new CliError(`unknown command "${name}"`, {
        fix: `use one of: ${Object.keys(COMMANDS).join(', ')} (see \`ringplus-sample --help\`)`,
        exitCode: ExitCode.usage,
      })
    }
    if (help) {
      out.write(command.help + '\n')
      return ExitCode.ok
    }
    settings = readSettings(process.env)
    const terminal = createTerminal(out, { json })
    await command.run({
      terminal,
      json,
      settings,
      args,
      emit: (value) => {
        if (json) out.write(JSON.stringify(value, null, 2) + '\n')
      },
    })
    return ExitCode.ok
  } catch (error) {
    const report = describeError(error, settings)
    process.stderr.write(formatErrorLine(report) + '\n')
    if (debug) process.stderr.write(inspect(error, { depth: 6 }) + '\n')
    if (json) {
      out.write(
        JSON.stringify({ error: { name: report.name, message: report.message, fix: report.fix, exit_code: report.exitCode } }, null, 2) +
          '\n',
      )
    }
    return report.exitCode
  }
}
