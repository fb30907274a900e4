// Plain-HTTP helpers for the contract suite: fetch, a cookie jar, an HTML form reader and a
// browserless sign-in. No SDK code is used here.
import { createHash, randomBytes } from 'node:crypto'
import { startSandbox, type Sandbox, type SandboxOptions } from '@ringplus/sandbox'

/**
 * Parsed JSON as the tests read it: deliberately untyped, because asserting on the wire
 * shape is what these tests are for.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/** A record of a list response. */
export type Item = Record<string, Json>

/** A JSON-ish response: status, headers and the parsed body (or text when not JSON). */
export interface Answer {
  status: number
  headers: Headers
  body: Json
  text: string
}

/** Starts a sandbox with carrier requests completing at once unless told otherwise. */
export function start(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ processingDelayMs: 0, ...options })
}

/** Sends a request and reads the whole answer. */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, { redirect: 'manual', ...init })
  const text = await res.text()
  let body: unknown = text
  if ((res.headers.get('content-type') ?? '').includes('json') && text !== '') {
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  }
  return { status: res.status, headers: res.headers, body, text }
}

/** An API caller bound to a sandbox and token. */
export function api(sandbox: Sandbox, token: string) {
  const headers = (extra?: HeadersInit) => ({ authorization: `Bearer ${token}`, ...(extra as Record<string, string>) })
  return {
    get: (path: string, extra?: HeadersInit) => call(sandbox.url + path, { headers: headers(extra) }),
    delete: (path: string) => call(sandbox.url + path, { method: 'DELETE', headers: headers() }),
    json: (method: string, path: string, body: unknown) =>
      call(sandbox.url + path, { method, headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) }),
    form: (method: string, path: string, body: string) =>
      call(sandbox.url + path, { method, headers: headers({ 'content-type': 'application/x-www-form-urlencoded' }), body }),
    query: (method: string, path: string) => call(sandbox.url + path, { method, headers: headers() }),
  }
}

/** A token for a seeded user (index 0 = user A). */
export function tokenFor(sandbox: Sandbox, user = 0, scope?: string): string {
  return sandbox.issueToken({ email: sandbox.credentials.users[user]!.email, scope }).access_token
}

/** Decodes the HTML entities the sandbox's pages use. */
export function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

/** One HTML form: its method, action and inputs (name → value), as a browser would read them. */
export interface HtmlForm {
  method: string
  action: string
  inputs: { name: string | undefined; type: string | undefined; value: string }[]
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)
  return m ? decodeEntities(m[1]!) : undefined
}

/** Reads every form of an HTML page. */
export function readForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = []
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const inputs = [...m[2]!.matchAll(/<input\b[^>]*>/gi)].map((i) => ({
      name: attribute(i[0], 'name'),
      type: attribute(i[0], 'type'),
      value: attribute(i[0], 'value') ?? '',
    }))
    forms.push({ method: (attribute(m[1]!, 'method') ?? 'get').toLowerCase(), action: attribute(m[1]!, 'action') ?? '', inputs })
  }
  return forms
}

/** A minimal cookie jar: keeps name=value pairs from Set-Cookie. */
export class CookieJar {
  readonly cookies = new Map<string, string>()
  readonly raw: string[] = []

  take(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      this.raw.push(line)
      const [pair] = line.split(';')
      const eq = pair!.indexOf('=')
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim())
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
}

/** A PKCE verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

/** Builds an authorize URL. */
export function authorizeUrl(sandbox: Sandbox, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, v)
  return `${sandbox.url}/oauth/authorize?${query}`
}

/** GETs a page with the jar's cookies and records new ones. */
export async function browse(url: string, jar: CookieJar, init: RequestInit = {}): Promise<Answer> {
  const headers = { ...(init.headers as Record<string, string>), ...(jar.cookies.size ? { cookie: jar.header() } : {}) }
  const answer = await call(url, { ...init, headers })
  jar.take(answer.headers)
  return answer
}

/** Posts a form (every input, with `overrides` filled in) the way a browser would. */
export async function submit(pageUrl: string, form: HtmlForm, jar: CookieJar, overrides: Record<string, string> = {}): Promise<Answer> {
  const body = new URLSearchParams()
  for (const input of form.inputs) {
    if (input.name === undefined) throw new Error('an <input> without a name')
    body.append(input.name, overrides[input.name] ?? input.value)
  }
  return browse(new URL(form.action, pageUrl).toString(), jar, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  })
}

/**
 * Drives the sign-in form as a browserless client: GET the authorize URL, post the form back
 * with e-mail and password, follow redirects until the redirect URI. Returns its query.
 */
export async function signIn(
  sandbox: Sandbox,
  options: { user?: number; clientId?: string; redirectUri?: string; scope?: string; state?: string; challenge?: string; jar?: CookieJar },
): Promise<{ location: URL; jar: CookieJar }> {
  const user = sandbox.credentials.users[options.user ?? 0]!
  const jar = options.jar ?? new CookieJar()
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1:8765/callback'
  let url = authorizeUrl(sandbox, {
    response_type: 'code',
    client_id: options.clientId ?? sandbox.credentials.client_id,
    redirect_uri: redirectUri,
    scope: options.scope,
    state: options.state,
    code_challenge: options.challenge,
    code_challenge_method: options.challenge ? 'S256' : undefined,
  })
  let answer = await browse(url, jar)
  for (let hop = 0; hop < 5; hop++) {
    if (answer.status === 302) {
      const location = new URL(answer.headers.get('location')!, url)
      if (location.toString().startsWith(redirectUri.split('?')[0]!)) return { location, jar }
      url = location.toString()
      answer = await browse(url, jar)
      continue
    }
    if (answer.status !== 200) throw new Error(`sign-in stopped at HTTP ${answer.status}: ${answer.text.slice(0, 200)}`)
    const forms = readForms(answer.text)
    const signInForm = forms.find((f) => f.inputs.some((i) => i.name === 'user[email]'))
    if (signInForm) {
      answer = await submit(url, signInForm, jar, { 'user[email]': user.email, 'user[password]': user.password })
      continue
    }
    const allow = forms.find((f) => f.inputs.some((i) => i.name === 'decision' && i.value === 'allow'))
    if (!allow) throw new Error('neither a sign-in nor a consent form')
    answer = await submit(url, allow, jar)
  }
  throw new Error('too many hops')
}

/** Exchanges a code at the token endpoint (form body; client auth in the body unless `basic`). */
export function exchange(
  sandbox: Sandbox,
  params: Record<string, string | undefined>,
  options: { basic?: [string, string] } = {},
): Promise<Answer> {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) body.set(k, v)
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
  if (options.basic) headers.authorization = `Basic ${Buffer.from(`${options.basic[0]}:${options.basic[1]}`).toString('base64')}`
  return call(`${sandbox.url}/oauth/token`, { method: 'POST', headers, body: body.toString() })
}
