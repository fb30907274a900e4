// Where the CLI talks to, read from the environment. With no RINGPLUS_* host settings the CLI
// starts the embedded sandbox in-process; with them it talks to that host and keeps its token in
// a file between runs.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { CliError, ExitCode } from './cli-error'

/** The scopes the CLI asks for: read, voicemail, carrier requests. */
export const DEFAULT_SCOPES = ['public', 'voicemail', 'request'] as const

/** The redirect URI registered for RingPlus applications that run on the user's machine. */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1/callback'

/** The settings that, when any is set, make the CLI talk to a host instead of the embedded sandbox. */
export const HOST_VARIABLES = [
  'RINGPLUS_API_URL',
  'RINGPLUS_AUTH_URL',
  'RINGPLUS_CLIENT_ID',
  'RINGPLUS_CLIENT_SECRET',
  'RINGPLUS_REDIRECT_URI',
] as const

/** The embedded sandbox: nothing to configure. */
export interface EmbeddedSettings {
  mode: 'embedded'
}

/** A RingPlus-compatible host. */
export interface RemoteSettings {
  mode: 'remote'
  /** `RINGPLUS_API_URL`. */
  apiUrl: string
  /** `RINGPLUS_AUTH_URL`: the origin serving /oauth/authorize and /oauth/token. Default: the API URL. */
  authUrl: string
  /** `RINGPLUS_CLIENT_ID`. */
  clientId: string
  /** `RINGPLUS_CLIENT_SECRET`; absent for a public client (PKCE only). */
  clientSecret: string | undefined
  /** `RINGPLUS_REDIRECT_URI`. Default `http://127.0.0.1/callback`. */
  redirectUri: string
  /** `RINGPLUS_USERNAME`, for `login`. */
  username: string | undefined
  /** `RINGPLUS_PASSWORD`, for `login`. */
  password: string | undefined
  /** `RINGPLUS_TOKEN_FILE`, or one file per API host under the config directory. */
  tokenFile: string
}

/** The CLI's settings. */
export type Settings = EmbeddedSettings | RemoteSettings

type Env = Record<string, string | undefined>

function checkUrl(name: string, value: string, trimSlash = true): string {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    return trimSlash ? value.replace(/\/+$/, '') : value
  } catch {
    throw new CliError(`${name} is not an http(s) URL: ${JSON.stringify(value)}`, {
      fix: `set ${name} to a URL such as https://api.ringplus.net`,
      exitCode: ExitCode.usage,
    })
  }
}

/** The directory the CLI keeps its files in: `$XDG_CONFIG_HOME/ringplus-sample` or `~/.config/ringplus-sample`. */
export function configDirectory(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config')
  return join(base, 'ringplus-sample')
}

/** The token file for an API host: `<config>/tokens/<host>_<port>.json`. */
export function defaultTokenFile(apiUrl: string, env: Env = process.env): string {
  const url = new URL(apiUrl)
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const host = url.hostname.replace(/[^A-Za-z0-9.-]/g, '_')
  return join(configDirectory(env), 'tokens', `${host}_${port}.json`)
}

/** Reads the settings from `env`; throws a {@link CliError} naming the variable to fix. */
export function readSettings(env: Env = process.env): Settings {
  const given = HOST_VARIABLES.filter((name) => env[name] !== undefined && env[name] !== '')
  if (given.length === 0) return { mode: 'embedded' }
  const apiUrlValue = env.RINGPLUS_API_URL
  if (!apiUrlValue) {
    throw new CliError(`RINGPLUS_API_URL is not set (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'})`, {
      fix: 'set RINGPLUS_API_URL to the API host, or unset every RINGPLUS_* variable to use the embedded sandbox',
      exitCode: ExitCode.usage,
    })
  }
  const clientId = env.RINGPLUS_CLIENT_ID
  if (!clientId) {
    throw new CliError('RINGPLUS_CLIENT_ID is not set', {
      fix: "set RINGPLUS_CLIENT_ID (and RINGPLUS_CLIENT_SECRET) to your application's credentials",
      exitCode: ExitCode.usage,
    })
  }
  const apiUrl = checkUrl('RINGPLUS_API_URL', apiUrlValue)
  const authUrl = env.RINGPLUS_AUTH_URL ? checkUrl('RINGPLUS_AUTH_URL', env.RINGPLUS_AUTH_URL) : apiUrl
  const redirectUri = env.RINGPLUS_REDIRECT_URI
    ? checkUrl('RINGPLUS_REDIRECT_URI', env.RINGPLUS_REDIRECT_URI, false)
    : DEFAULT_REDIRECT_URI
  return {
    mode: 'remote',
    apiUrl,
    authUrl,
    clientId,
    clientSecret: env.RINGPLUS_CLIENT_SECRET || undefined,
    redirectUri,
    username: env.RINGPLUS_USERNAME || undefined,
    password: env.RINGPLUS_PASSWORD || undefined,
    tokenFile: env.RINGPLUS_TOKEN_FILE || defaultTokenFile(apiUrl, env),
  }
}
