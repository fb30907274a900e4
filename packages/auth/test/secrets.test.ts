import { inspect } from 'node:util'
import { AccountListResponseSchema } from '@ringplus/models'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { createClient } from '@ringplus/transport'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createMemoryTokenStore, createOAuthClient, type OAuthClientOptions } from '@ringplus/auth'
import { login } from '@ringplus/auth/login'
import { browse } from './helpers/browser'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ processingDelayMs: 0, clock: 'manual' })
})
afterAll(async () => {
  await sandbox?.stop()
})

const redirectUri = 'http://127.0.0.1/callback'

test('secrets never reach error messages, toJSON, util.inspect or log lines', async () => {
  const { client_id, client_secret, users } = sandbox.credentials
  const user = users[0]!
  const secrets: string[] = [client_secret, user.password]
  const errors: unknown[] = []
  const lines: string[] = []
  // Whatever the transport's log-line shape, keep every argument as text.
  const record = (...args: unknown[]) => void lines.push(...args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 }))))
  const logger = { debug: record, warn: record }
  const options: OAuthClientOptions = { clientId: client_id, clientSecret: client_secret, redirectUri, authBaseUrl: sandbox.url }
  const catching = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a rejection'), (e: unknown) => void errors.push(e))

  // A full flow: the verifier, the code and the tokens join the secrets.
  const auth = createOAuthClient(options)
  const request = await auth.authorizationUrl()
  const callback = await browse(request.url, { email: user.email, password: user.password, redirectUri })
  const code = new URL(callback).searchParams.get('code')!
  secrets.push(request.codeVerifier, code)
  const token = await auth.exchangeCode(callback, request)
  secrets.push(token.access_token, token.refresh_token!)

  // Failure paths.
  await catching(auth.exchangeCode(callback, { ...request, state: 'forged' })) // state mismatch
  await catching(auth.exchangeCode(callback, request)) // code reuse
  const wrongSecret = createOAuthClient({ ...options, clientSecret: `${client_secret}-wrong` })
  secrets.push(`${client_secret}-wrong`)
  const request2 = await wrongSecret.authorizationUrl()
  const callback2 = await browse(request2.url, { email: user.email, password: user.password, redirectUri })
  secrets.push(request2.codeVerifier, new URL(callback2).searchParams.get('code')!)
  await catching(wrongSecret.exchangeCode(callback2, request2)) // invalid_client
  await catching(login(createOAuthClient(options), user.email, 'wrong-password-123')) // invalid credentials
  secrets.push('wrong-password-123')
  await catching(login(createOAuthClient({ ...options, clientId: 'nope' }), user.email, user.password)) // error page
  await catching(createOAuthClient(options).getToken()) // sign-in required

  // A 401 → refresh → replay through the transport, logged.
  const logged = createOAuthClient({ ...options, store: createMemoryTokenStore() })
  await logged.setToken(sandbox.issueToken({ email: user.email }))
  const before = (await logged.getTokenSet())!
  secrets.push(before.access_token, before.refresh_token!)
  sandbox.clock.advance(2 * 86_400_000)
  const api = createClient({ baseUrl: sandbox.url, auth: logged, retryCount: 0, logger })
  await api.request({ method: 'GET', path: '/accounts', endpoint: 'GET /accounts', schema: AccountListResponseSchema })
  const after = (await logged.getTokenSet())!
  secrets.push(after.access_token, after.refresh_token!)
  // The old refresh token, rotated away, is refused: an OAuthError from the token endpoint.
  await catching(createOAuthClient({ ...options, store: createMemoryTokenStore(before) }).refreshToken())

  expect(errors.map((e) => (e as Error).name)).toEqual([
    'StateMismatchError',
    'OAuthError',
    'OAuthError',
    'InvalidCredentialsError',
    'LoginPageError',
    'SignInRequiredError',
    'OAuthError',
  ])
  expect(lines.length).toBeGreaterThan(0)
  const surfaces = [
    ...errors.flatMap((e) => [(e as Error).message, JSON.stringify(e), inspect(e, { depth: 5 }), String((e as Error).stack)]),
    ...lines,
    inspect(auth, { depth: 5, showHidden: true }),
    JSON.stringify(auth),
    inspect(logged, { depth: 5 }),
  ]
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(8)
    for (const text of surfaces) expect(text, `a secret leaked into: ${text.slice(0, 200)}`).not.toContain(secret)
  }
})
