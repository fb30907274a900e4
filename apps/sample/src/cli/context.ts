// What a command receives from the entry point.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError, ExitCode } from './cli-error'
import type { Terminal } from './format/terminal'
import type { Settings } from './settings'

/** The environment of one command run. */
export interface CommandContext {
  /** Human output (silent in `--json` mode). */
  terminal: Terminal
  /** `--json`: print one JSON document on stdout and nothing else. */
  json: boolean
  /** Host settings from the environment. */
  settings: Settings
  /** The command's own arguments (after the command name, global flags removed). */
  args: string[]
  /** Prints the command's JSON document (in `--json` mode). */
  emit(value: unknown): void
}

/** A command: runs, prints, resolves (or throws an error the entry point describes). */
export type Command = (context: CommandContext) => Promise<void>

/** `parseArgs` for a command's options: unknown options and stray arguments are usage errors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message.split('\n')[0]}`, {
      fix: `see \`ringplus-sample ${command} --help\``,
      exitCode: ExitCode.usage,
    })
  }
}

/** Parses a positive integer option (an id). */
export function parseId(command: string, option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw new CliError(`${command}: --${option} must be a positive integer, got ${JSON.stringify(value)}`, {
      fix: `pass an id such as --${option} 12`,
      exitCode: ExitCode.usage,
    })
  }
  return Number(value)
}

/** Parses a date option: `YYYY-MM-DD` (midnight UTC) or a full ISO 8601 timestamp. */
export function parseDate(command: string, option: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new CliError(`${command}: --${option} is not a date: ${JSON.stringify(value)}`, {
      fix: `use YYYY-MM-DD, e.g. --${option} 2016-09-01`,
      exitCode: ExitCode.usage,
    })
  }
  return date
}
