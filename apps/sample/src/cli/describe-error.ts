// Turns any error into the one line the CLI prints: what went wrong and how to fix it, plus the exit
// code. SDK errors are recognised by `name` (works across package copies and realms); their
// messages already carry method and URL and never a secret.
import { CliError, ExitCode } from './cli-error'
import type { Settings } from './settings'

/** What the CLI prints for an error. */
export interface ErrorReport {
  /** One line: what went wrong. */
  message: string
  /** One line: what to do, when there is something to do. */
  fix: string | undefined
  /** The process exit code. */
  exitCode: number
  /** The error's class name, for `--json`. */
  name: string
}

type ErrorLike = Error & {
  code?: unknown
  scope?: unknown
  scopes?: unknown
  kind?: unknown
  status?: unknown
  url?: unknown
  method?: unknown
  path?: unknown
  errors?: { field?: string; message?: string; code?: unknown }[]
  error_message?: unknown
  request?: { error_message?: unknown }
}

const firstLine = (text: string) => text.split('\n')[0]!.trim()

/** The innermost `code` (ECONNREFUSED, ENOTFOUND, ...) in an error's cause chain. */
function systemCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth += 1) {
    if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return e.code
    e = e.cause as typeof e
  }
  return undefined
}

function hostOf(url: unknown): string {
  try {
    return new URL(String(url)).origin
  } catch {
    return 'the host'
  }
}

const signInAgain = (settings: Settings | undefined) =>
  settings?.mode === 'remote' ? 'run `ringplus-sample login` to sign in again' : 'run the command again'

/** Describes `error` for the terminal. */
export function describeError(error: unknown, settings?: Settings): ErrorReport {
  if (error instanceof CliError) {
    return { message: error.message, fix: error.fix, exitCode: error.exitCode, name: error.name }
  }
  if (!(error instanceof Error)) {
    return { message: `unexpected failure: ${String(error)}`, fix: 'rerun with --debug', exitCode: ExitCode.internal, name: 'Error' }
  }
  const e = error as ErrorLike
  const report = (message: string, fix: string | undefined, exitCode: number): ErrorReport => ({
    message: firstLine(message),
    fix,
    exitCode,
    name: e.name,
  })
  const hostVariables =
    settings?.mode === 'remote' ? 'check RINGPLUS_API_URL / RINGPLUS_AUTH_URL and that the host is running' : 'check your network'
  switch (e.name) {
    case 'InvalidCredentialsError':
      return report(
        'sign-in refused: wrong e-mail or password',
        'check RINGPLUS_USERNAME and RINGPLUS_PASSWORD (or unset them and type them when `login` asks)',
        ExitCode.auth,
      )
    case 'ConsentRequiredError':
      return report(
        `the application is not yet authorised for scopes ${Array.isArray(e.scopes) ? e.scopes.join(' ') : 'requested'}`,
        'run `ringplus-sample login --consent` to grant access, or `login --manual` to approve it in a browser',
        ExitCode.auth,
      )
    case 'LoginPageError':
      return report(e.message, 'sign in with `ringplus-sample login --manual` (approve in a browser, paste the redirected URL)', ExitCode.auth)
    case 'AuthorizationDeniedError':
      return report('access was denied on the consent page', 'run `ringplus-sample login` again and press Authorize', ExitCode.auth)
    case 'StateMismatchError':
      return report(e.message, 'paste the URL you were redirected to after this sign-in, not an older one', ExitCode.auth)
    case 'SignInRequiredError':
      return report('not signed in', settings?.mode === 'remote' ? 'run `ringplus-sample login`' : 'run the command again', ExitCode.auth)
    case 'OAuthError':
      if (e.code === 'invalid_client') {
        return report(
          `the host refused the application's credentials (invalid_client${e.url ? ` at ${hostOf(e.url)}` : ''})`,
          'check RINGPLUS_CLIENT_ID and RINGPLUS_CLIENT_SECRET',
          ExitCode.auth,
        )
      }
      if (e.code === 'invalid_grant') {
        return report('the host refused the saved sign-in (invalid_grant: expired or revoked)', signInAgain(settings), ExitCode.auth)
      }
      return report(e.message, signInAgain(settings), ExitCode.auth)
    case 'TokenStoreError':
      return report(e.message, 'check the permissions of the token file, or set RINGPLUS_TOKEN_FILE to a writable path', ExitCode.internal)
    case 'AuthenticationError':
      return report(`the host refused the access token (${e.method} ${e.url})`, signInAgain(settings), ExitCode.auth)
    case 'PermissionError': {
      const scope = typeof e.scope === 'string' ? e.scope : undefined
      return report(
        scope ? `the token lacks the "${scope}" scope (${e.method} ${e.url})` : e.message,
        settings?.mode === 'remote'
          ? `run \`ringplus-sample login\` again (add --scopes "public voicemail request"${scope && !['public', 'voicemail', 'request'].includes(scope) ? ` ${scope}` : ''} if you narrowed them)`
          : 'run the command again',
        ExitCode.scope,
      )
    }
    case 'NotFoundError':
      return report(e.message, 'check the id: you only see your own users, accounts and messages', ExitCode.api)
    case 'ValidationError':
    case 'BadRequestError':
      return report(e.message, 'check the option values', ExitCode.api)
    case 'RateLimitError':
      return report(e.message, 'wait for the rate-limit window to reset and try again', ExitCode.api)
    case 'ServerError':
      return report(e.message, 'the host failed: try again later', ExitCode.api)
    case 'ApiError':
      return report(e.message, e.status === 406 ? 'the host does not speak version 1 of the RingPlus API' : 'check the request, or try again later', ExitCode.api)
    case 'NetworkError': {
      const code = systemCode(e)
      const method = typeof e.method === 'string' ? e.method : ''
      return report(
        `cannot reach ${hostOf(e.url)}${code ? ` (${code})` : ''}${method ? ` for ${method} ${String(e.url)}` : ''}`,
        hostVariables,
        ExitCode.network,
      )
    }
    case 'TimeoutError':
      return report(e.message, `${hostVariables}; the host may be overloaded`, ExitCode.network)
    case 'ParameterValidationError':
      return report(e.message, 'check the option values', ExitCode.usage)
    case 'ResponseValidationError':
      return report(e.message, 'the host answered something that does not fit the RingPlus API: check RINGPLUS_API_URL', ExitCode.api)
    case 'RequestFailedError':
      return report(
        e.message,
        e.kind === 'device_change'
          ? 'use a device that is not active on another line nor reported lost or stolen'
          : 'check the request with the API, or file it again later',
        ExitCode.api,
      )
    case 'WaitForRequestTimeoutError':
      return report(e.message, 'the request is still processing: check again later', ExitCode.api)
    default: {
      const code = systemCode(e)
      if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNRESET') {
        return report(`cannot reach the host (${code})`, hostVariables, ExitCode.network)
      }
      return report(`unexpected ${e.name}: ${e.message}`, 'rerun with --debug to see the stack trace', ExitCode.internal)
    }
  }
}

/** The one line printed on stderr. */
export function formatErrorLine(report: ErrorReport): string {
  return `ringplus-sample: ${report.message}${report.fix ? ` — fix: ${report.fix}` : ''}`
}
