// `login` / `logout`: sign in to a host and keep the token in the file store between runs.
import { login as scriptedLogin } from '@ringplus/sdk/login'
import { createFileTokenStore } from '@ringplus/sdk/node'
import { RingPlus } from '@ringplus/sdk'
import { parseCommandArgs, type Command } from '../context'
import { formatDateTime } from '../format/values'
import { prompt } from '../prompt'
import { createRemoteAuth, openEmbeddedSession } from '../session'
import { DEFAULT_SCOPES } from '../settings'

/** Help text. */
export const loginHelp = `Usage: ringplus-sample login [--scopes "public voicemail request"] [--consent] [--manual] [--json]

Signs in to the host in RINGPLUS_API_URL and saves the token (refreshed automatically
later) in RINGPLUS_TOKEN_FILE or under ~/.config/ringplus-sample/tokens/.
E-mail and password come from RINGPLUS_USERNAME / RINGPLUS_PASSWORD, or are asked for.
  --scopes LIST   scopes to ask for (default "${DEFAULT_SCOPES.join(' ')}")
  --consent       press "Authorize" if the host asks to authorise the application
  --manual        print the authorization URL, approve in a browser, paste the URL
                  you were redirected to (no password typed into this program)`

/** Help text. */
export const logoutHelp = `Usage: ringplus-sample logout

Forgets the saved token for the host in RINGPLUS_API_URL.`

/** Runs `login`. */
export const login: Command = async (context) => {
  const values = parseCommandArgs('login', context.args, {
    scopes: { type: 'string' },
    consent: { type: 'boolean' },
    manual: { type: 'boolean' },
  })
  const { settings, terminal } = context
  if (settings.mode === 'embedded') {
    const session = await openEmbeddedSession()
    try {
      terminal.line(`  Embedded sandbox at ${session.apiUrl}: signed in as ${session.email}.`)
      terminal.line('  Nothing is saved: the embedded sandbox ends with each command and signs in by itself.')
      terminal.line('  Set RINGPLUS_API_URL, RINGPLUS_CLIENT_ID and RINGPLUS_CLIENT_SECRET to sign in to a host.')
      context.emit({ mode: 'embedded', email: session.email, api_url: session.apiUrl })
    } finally {
      await session.close()
    }
    return
  }

  const scopes = values.scopes ? values.scopes.split(/[\s,]+/).filter(Boolean) : [...DEFAULT_SCOPES]
  const auth = createRemoteAuth(settings, scopes)
  let email: string | undefined
  if (values.manual) {
    const request = await auth.authorizationUrl()
    process.stderr.write(`Open this URL in a browser, sign in and approve:\n\n  ${request.url}\n\n`)
    const redirected = await prompt('Paste the URL you were redirected to: ', { variable: 'the redirected URL' })
    await auth.exchangeCode(redirected, request)
  } else {
    email = settings.username ?? (await prompt('E-mail: ', { variable: 'RINGPLUS_USERNAME' }))
    const password = settings.password ?? (await prompt('Password: ', { hidden: true, variable: 'RINGPLUS_PASSWORD' }))
    await scriptedLogin(auth, email, password, { consent: values.consent === true })
  }
  const token = await auth.getTokenSet()
  // Confirm the token works, and learn who it belongs to.
  const api = new RingPlus(auth, { host: settings.apiUrl, retryCount: 1, retryDelay: 200 })
  const [user] = await api.users({})
  email = user?.email ?? email
  terminal.line(`  Signed in to ${settings.apiUrl} as ${email ?? 'unknown user'}.`)
  terminal.line(`  Scopes: ${token?.scope ?? scopes.join(' ')}`)
  terminal.line(`  Token saved to ${settings.tokenFile}${token?.expires_at ? ` (refreshed automatically; expires ${formatDateTime(new Date(token.expires_at * 1000))} UTC)` : ''}.`)
  context.emit({
    mode: 'remote',
    api_url: settings.apiUrl,
    email,
    scope: token?.scope,
    token_file: settings.tokenFile,
    expires_at: token?.expires_at ? new Date(token.expires_at * 1000) : undefined,
  })
}

/** Runs `logout`. */
export const logout: Command = async (context) => {
  parseCommandArgs('logout', context.args, {})
  const { settings, terminal } = context
  if (settings.mode === 'embedded') {
    terminal.line('  Nothing to do: the embedded sandbox keeps no token between runs.')
    context.emit({ signed_out: false })
    return
  }
  await createFileTokenStore(settings.tokenFile).set(undefined)
  terminal.line(`  Signed out: forgot the token in ${settings.tokenFile}.`)
  context.emit({ signed_out: true, token_file: settings.tokenFile })
}
