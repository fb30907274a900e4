// The CLI's own error: a one-line message, the fix, and the exit code.

/** Exit codes (documented in the README). */
export const ExitCode = {
  ok: 0,
  /** Anything unexpected (a bug: rerun with --debug). */
  internal: 1,
  /** Bad command line: unknown command or option, missing or malformed value. */
  usage: 2,
  /** Not signed in, wrong e-mail/password, client refused, token refused. */
  auth: 3,
  /** The token lacks a scope the call needs. */
  scope: 4,
  /** The host cannot be reached, or did not answer in time. */
  network: 5,
  /** The API refused or failed the request (404, 422, 5xx, a carrier request that failed). */
  api: 6,
} as const

/** An error the CLI reports as one line: what went wrong, and what to do about it. */
export class CliError extends Error {
  override name = 'CliError'
  /** What the user should do, e.g. "run `ringplus-sample login`". */
  readonly fix: string | undefined
  /** The process exit code. */
  readonly exitCode: number

  constructor(message: string, options: { fix?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.fix = options.fix
    this.exitCode = options.exitCode ?? ExitCode.internal
  }
}
