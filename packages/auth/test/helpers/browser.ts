// A plain fetch-based browserless user agent for tests: follows the sandbox's sign-in and consent
// pages like a person with a browser would, and stops at the redirect URI without fetching it.
import { createCookieJar } from '../../src/login/cookie-jar'
import { parseForms, type HtmlForm } from '../../src/login/parse-forms'

export interface BrowseOptions {
  email: string
  password: string
  /** What to press on a consent page; a consent page with no choice fails the helper. */
  consent?: 'approve' | 'deny'
  /** The redirect URI's origin + path, where browsing stops. */
  redirectUri: string
}

/** Opens `authorizationUrl`, signs in, answers consent and resolves the URL the server redirected to. */
export async function browse(authorizationUrl: string, options: BrowseOptions): Promise<string> {
  const jar = createCookieJar()
  const stop = new URL(options.redirectUri)
  let url = new URL(authorizationUrl)
  let init: { method: string; body?: URLSearchParams } = { method: 'GET' }
  for (let step = 0; step < 15; step++) {
    const headers: Record<string, string> = {}
    const cookie = jar.header(url)
    if (cookie) headers.cookie = cookie
    const response = await fetch(url, { ...init, headers, redirect: 'manual' })
    jar.store(url, response.headers)
    const location = response.headers.get('location')
    if (location) {
      await response.body?.cancel()
      const next = new URL(location, url)
      if (next.hostname === stop.hostname && next.pathname === stop.pathname) return next.href
      url = next
      init = { method: 'GET' }
      continue
    }
    const html = await response.text()
    const forms = parseForms(html)
    const signIn = forms.find((f) => f.fields.some((field) => field.type === 'password'))
    let form: HtmlForm | undefined
    let press: HtmlForm['submits'][number] | undefined
    const fill = new Map<string, string>()
    if (signIn) {
      form = signIn
      press = signIn.submits[0]
      fill.set('user[email]', options.email)
      fill.set('user[password]', options.password)
    } else {
      const wanted = options.consent === 'deny' ? /deny/i : /authori[sz]e|allow|approve/i
      for (const candidate of forms) {
        const button = candidate.submits.find((s) => wanted.test(`${s.label} ${s.value}`))
        if (button) {
          form = candidate
          press = button
          break
        }
      }
      if (!form || !options.consent) throw new Error(`browse: unexpected page ${response.status} at ${url.pathname}: ${html.slice(0, 300)}`)
    }
    const body = new URLSearchParams()
    for (const field of form.fields) body.append(field.name, fill.get(field.name) ?? field.value)
    if (press?.name) body.append(press.name, press.value)
    url = new URL(form.action || url.href, url)
    init = { method: 'POST', body }
  }
  throw new Error('browse: too many steps')
}
