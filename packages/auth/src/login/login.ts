import { NetworkError, TimeoutError } from '@ringplus/transport'
import { ConsentRequiredError } from '../errors/consent-required-error'
import { InvalidCredentialsError } from '../errors/invalid-credentials-error'
import { LoginPageError } from '../errors/login-page-error'
import type { OAuthClient, TokenSet } from '../types'
import { createCookieJar } from './cookie-jar'
import { parseForms, type HtmlForm, type SubmitButton } from './parse-forms'

/**
 * Options of {@link login}.
 *
 * @example
 * ```ts
 * const options: LoginOptions = { scopes: ['public', 'voicemail'], consent: true, signal: AbortSignal.timeout(30_000) }
 * ```
 * @public
 */
export interface LoginOptions {
  /**
   * Press "Authorize" when the server shows a consent page (the user has not yet granted this
   * application these scopes). Only set it when the account holder has agreed to grant access.
   * @defaultValue `false` — a consent page rejects with `ConsentRequiredError`
   */
  consent?: boolean | undefined
  /**
   * Scopes to ask for.
   * @defaultValue the client's `scopes`
   */
  scopes?: readonly string[] | undefined
  /**
   * The redirect URI to use (it is never fetched: the code is taken from the redirect to it).
   * @defaultValue the client's `redirectUri`
   */
  redirectUri?: string | undefined
  /**
   * The `fetch` for the sign-in pages; it must support `redirect: 'manual'` with readable
   * `Location` and `Set-Cookie` headers (Node's does). The code exchange uses the client's own.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: typeof globalThis.fetch | undefined
  /** Abandons the sign-in. */
  signal?: AbortSignal | undefined
  /**
   * Timeout for each page request, in milliseconds.
   * @defaultValue `30_000`
   */
  timeout?: number | undefined
}

const maxRequests = 20
const approveLabel = /\b(authori[sz]e|allow|approve|accept|grant)\b/i
const denyLabel = /\b(deny|decline|cancel|reject)\b/i
const loopback = new Set(['127.0.0.1', '[::1]', 'localhost'])

const isRedirectUri = (url: URL, redirectUri: string) => {
  const expected = new URL(redirectUri)
  return (
    url.protocol === expected.protocol &&
    url.hostname === expected.hostname &&
    url.pathname === expected.pathname &&
    (url.port === expected.port || loopback.has(url.hostname))
  )
}

const approveButton = (forms: HtmlForm[]): { form: HtmlForm; submit: SubmitButton } | undefined => {
  for (const form of forms) {
    for (const submit of form.submits) {
      const label = `${submit.label} ${submit.value}`
      if (approveLabel.test(label) && !denyLabel.test(label)) return { form, submit }
    }
  }
  return undefined
}

/**
 * Signs a user in with e-mail and password, without a browser, and resolves the token (also
 * stored in the client's store) — the Python wrapper's `OAuthHandler.login`, done robustly.
 * Node only.
 *
 * @remarks
 * It walks the authorization endpoint like a browser: a cookie jar, redirects followed by hand (and
 * only on the authorization server's origin), pages read with a real HTML parser, every input of
 * the sign-in form posted back with the e-mail and password filled in, PKCE and `state` as in the
 * redirect flow, and the code exchanged as soon as the redirect URI is reached (it is never
 * fetched). A consent page is answered only with `consent: true`.
 *
 * It depends on the sign-in page's markup: prefer the redirect flow for applications other people
 * use; this is for scripts and tests acting for their own account.
 *
 * @param client - the OAuth client (its redirect URI, scopes, endpoints and store are used)
 * @param username - the account's e-mail address
 * @param password - the account's password; never appears in errors or logs
 * @param options - consent, scopes, fetch, signal and timeout
 * @throws `InvalidCredentialsError` when the e-mail or password is refused,
 *   `ConsentRequiredError` when the application is not yet authorised and `consent` is not set,
 *   `LoginPageError` when a page cannot be understood, `AuthorizationDeniedError` / `OAuthError`
 *   for an error redirect or a failed code exchange.
 * @example
 * ```ts
 * import { createOAuthClient } from '@ringplus/auth'
 * import { login } from '@ringplus/auth/login'
 *
 * const auth = createOAuthClient({ clientId, clientSecret, redirectUri: 'http://127.0.0.1/callback' })
 * await login(auth, 'ada@example.com', process.env.RINGPLUS_PASSWORD!)
 * ```
 * @public
 */
export async function login(
  client: OAuthClient,
  username: string,
  password: string,
  options: LoginOptions = {},
): Promise<TokenSet> {
  const request = await client.authorizationUrl({ scopes: options.scopes, redirectUri: options.redirectUri })
  const scopes = new URL(request.url).searchParams.get('scope')?.split(' ') ?? []
  const origin = new URL(request.url).origin
  const fetch = options.fetch ?? globalThis.fetch
  const jar = createCookieJar()
  const timeoutMs = options.timeout ?? 30_000
  let url = new URL(request.url)
  let method: 'GET' | 'POST' = 'GET'
  let body: URLSearchParams | undefined
  let posted: 'credentials' | 'consent' | undefined

  // Submits `form` (pressing `submit`) from the page at `url`: only to the sign-in origin.
  const submitForm = (page: string, status: number, form: HtmlForm, submit: SubmitButton | undefined, fill = new Map<string, string>()) => {
    const action = new URL(form.action || url.href, url)
    if (action.origin !== origin) throw new LoginPageError(page, status, `the form posts to another origin (${action.origin})`)
    const data = new URLSearchParams()
    for (const field of form.fields) data.append(field.name, fill.get(field.name) ?? field.value)
    if (submit?.name) data.append(submit.name, submit.value)
    if (form.method === 'post') {
      method = 'POST'
      body = data
    } else {
      if (fill.size) throw new LoginPageError(page, status, 'the sign-in form would put the password in the URL')
      action.search = data.toString()
      method = 'GET'
      body = undefined
    }
    url = action
  }

  for (let requests = 0; requests < maxRequests; requests++) {
    const headers: Record<string, string> = { accept: 'text/html,application/xhtml+xml' }
    const cookie = jar.header(url)
    if (cookie) headers.cookie = cookie
    if (body) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      headers.origin = origin
    }
    const page = url.origin + url.pathname
    const timeout = AbortSignal.timeout(timeoutMs)
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
      })
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason
      if (timeout.aborted) throw new TimeoutError(method, page, timeoutMs)
      throw new NetworkError(method, page, error)
    }
    jar.store(url, response.headers)
    const { status } = response
    const location = response.headers.get('location')

    if (status >= 300 && status < 400 && location) {
      await response.body?.cancel()
      const next = new URL(location, url)
      if (isRedirectUri(next, request.redirectUri)) return client.exchangeCode(next, request, { signal: options.signal })
      if (next.origin !== origin) throw new LoginPageError(page, status, `redirected off the sign-in origin to ${next.origin}`)
      if (status !== 307 && status !== 308) {
        method = 'GET'
        body = undefined
      }
      url = next
      continue
    }

    const forms = parseForms(await response.text())
    const signIn = forms.find((form) => form.fields.some((field) => field.type === 'password'))
    if (signIn) {
      if (posted === 'credentials') throw new InvalidCredentialsError(page, status)
      const passwordField = signIn.fields.find((field) => field.type === 'password')!
      const emailField =
        signIn.fields.find((field) => field.type === 'email' || /e-?mail/i.test(field.name)) ??
        signIn.fields.find((field) => field.type === 'text' && /login|user/i.test(field.name))
      if (!emailField) throw new LoginPageError(page, status, 'the sign-in form has no e-mail field')
      const fill = new Map([
        [emailField.name, username],
        [passwordField.name, password],
      ])
      submitForm(page, status, signIn, signIn.submits[0], fill)
      posted = 'credentials'
      continue
    }

    const approve = approveButton(forms)
    if (approve) {
      if (!options.consent) throw new ConsentRequiredError(page, scopes)
      if (posted === 'consent') throw new LoginPageError(page, status, 'the consent page came back after authorising')
      submitForm(page, status, approve.form, approve.submit)
      posted = 'consent'
      continue
    }

    throw new LoginPageError(page, status, response.ok ? 'neither a sign-in nor a consent form' : 'an error page')
  }
  throw new LoginPageError(url.origin + url.pathname, 0, `more than ${maxRequests} requests without reaching the redirect URI`)
}
