// Opens what every command needs: a signed-in RingPlus facade. Against the embedded sandbox it
// starts one in-process and signs in as its first seeded user with lines; against a host it reads
// the token the `login` command saved in the file store.
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { createOAuthClient, RingPlus, type OAuthClient } from '@ringplus/sdk'
import { login } from '@ringplus/sdk/login'
import { createFileTokenStore } from '@ringplus/sdk/node'
import { CliError, ExitCode } from './cli-error'
import { DEFAULT_REDIRECT_URI, DEFAULT_SCOPES, type RemoteSettings, type Settings } from './settings'

/** A signed-in session. */
export interface Session {
  /** The facade every command uses. */
  api: RingPlus
  /** The OAuth client behind it (token store, refresh). */
  auth: OAuthClient
  /** Where the API is. */
  apiUrl: string
  /** `embedded`: an in-process sandbox that ends with the command. */
  mode: Settings['mode']
  /** Who signed in, when the CLI knows (embedded sandbox, or `login`). */
  email: string | undefined
  /** The embedded sandbox, when there is one. */
  sandbox: Sandbox | undefined
  /** Stops the embedded sandbox, if any. */
  close(): Promise<void>
}

/** Options every session's facade gets. */
const facadeOptions = {
  // A CLI should answer fast when a host is down: one retry, short back-off.
  retryCount: 1,
  retryDelay: 200,
  timeout: 30_000,
} as const

/** The OAuth client for a host, keeping its token in the file store. */
export function createRemoteAuth(settings: RemoteSettings, scopes: readonly string[] = DEFAULT_SCOPES): OAuthClient {
  return createOAuthClient({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    redirectUri: settings.redirectUri,
    scopes,
    authBaseUrl: settings.authUrl,
    store: createFileTokenStore(settings.tokenFile),
  })
}

/** Starts the embedded sandbox and signs in as the seeded user with the most lines. */
export async function openEmbeddedSession(options: { processingDelayMs?: number } = {}): Promise<Session> {
  const sandbox = await startSandbox({ processingDelayMs: options.processingDelayMs })
  try {
    const { credentials } = sandbox
    const user = [...credentials.users].sort((a, b) => b.account_ids.length - a.account_ids.length)[0]
    if (!user) throw new CliError('the embedded sandbox has no users', { exitCode: ExitCode.internal })
    const auth = createOAuthClient({
      clientId: credentials.client_id,
      clientSecret: credentials.client_secret,
      redirectUri: credentials.redirect_uris.find((uri) => uri.startsWith('http://127.0.0.1')) ?? DEFAULT_REDIRECT_URI,
      scopes: DEFAULT_SCOPES,
      authBaseUrl: sandbox.url,
    })
    // The Python wrapper's `auth.login(username, password)`: a scripted sign-in through the
    // sandbox's real sign-in page (authorization-code flow with PKCE).
    await login(auth, user.email, user.password)
    return {
      api: new RingPlus(auth, { host: sandbox.url, ...facadeOptions }),
      auth,
      apiUrl: sandbox.url,
      mode: 'embedded',
      email: user.email,
      sandbox,
      close: () => sandbox.stop(),
    }
  } catch (error) {
    await sandbox.stop()
    throw error
  }
}

/** Opens a session on a host with the token `login` saved; fails with "not signed in" otherwise. */
export async function openRemoteSession(settings: RemoteSettings): Promise<Session> {
  const auth = createRemoteAuth(settings)
  const token = await auth.getTokenSet()
  if (!token) {
    throw new CliError(`not signed in to ${settings.apiUrl} (no token in ${settings.tokenFile})`, {
      fix: 'run `ringplus-sample login`',
      exitCode: ExitCode.auth,
    })
  }
  return {
    api: new RingPlus(auth, { host: settings.apiUrl, ...facadeOptions }),
    auth,
    apiUrl: settings.apiUrl,
    mode: 'remote',
    email: undefined,
    sandbox: undefined,
    close: async () => {},
  }
}

/** Opens the session the settings call for. */
export function openSession(settings: Settings, options: { processingDelayMs?: number } = {}): Promise<Session> {
  return settings.mode === 'embedded' ? openEmbeddedSession(options) : openRemoteSession(settings)
}
