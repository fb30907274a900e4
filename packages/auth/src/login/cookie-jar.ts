/** One stored cookie (RFC 6265 §5.3, the parts a scripted sign-in needs). */
interface Cookie {
  name: string
  value: string
  domain: string
  hostOnly: boolean
  path: string
  /** Epoch ms; `undefined` for a session cookie. */
  expires: number | undefined
  secure: boolean
}

/** A minimal RFC 6265 cookie jar: domain and path matching, expiry, `Secure`. */
export interface CookieJar {
  /** Takes the `Set-Cookie` headers of a response to `url`. */
  store(url: URL, headers: Headers): void
  /** The `Cookie` header for a request to `url`, if any cookie applies. */
  header(url: URL): string | undefined
}

const isLoopback = (host: string) => host === '127.0.0.1' || host === '[::1]' || host === 'localhost'

// RFC 6265 §5.1.4: the directory of the request path.
const defaultPath = (path: string) => {
  const slash = path.lastIndexOf('/')
  return slash <= 0 ? '/' : path.slice(0, slash)
}

const pathMatches = (requestPath: string, cookiePath: string) =>
  requestPath === cookiePath ||
  (requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'))

/** Creates an empty {@link CookieJar}. */
export function createCookieJar(now: () => number = Date.now): CookieJar {
  let cookies: Cookie[] = []

  const parse = (url: URL, line: string): Cookie | undefined => {
    const [pair = '', ...attributes] = line.split(';')
    const eq = pair.indexOf('=')
    if (eq < 1) return undefined
    const host = url.hostname.toLowerCase()
    const cookie: Cookie = {
      name: pair.slice(0, eq).trim(),
      value: pair.slice(eq + 1).trim(),
      domain: host,
      hostOnly: true,
      path: defaultPath(url.pathname),
      expires: undefined,
      secure: false,
    }
    let maxAge: number | undefined
    for (const attribute of attributes) {
      const at = attribute.indexOf('=')
      const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase()
      const value = at < 0 ? '' : attribute.slice(at + 1).trim()
      if (key === 'expires') {
        const time = Date.parse(value)
        if (!Number.isNaN(time)) cookie.expires = time
      } else if (key === 'max-age' && /^-?\d+$/.test(value)) {
        maxAge = Number(value)
      } else if (key === 'domain' && value) {
        const domain = value.replace(/^\./, '').toLowerCase()
        // A cookie for another domain, or for a parent of an IP address, is rejected (§5.3 step 6).
        if (host !== domain && (!host.endsWith(`.${domain}`) || /^[\d.]+$|^\[/.test(host))) return undefined
        cookie.domain = domain
        cookie.hostOnly = false
      } else if (key === 'path' && value.startsWith('/')) {
        cookie.path = value
      } else if (key === 'secure') {
        cookie.secure = true
      }
    }
    if (maxAge !== undefined) cookie.expires = now() + maxAge * 1000
    return cookie
  }

  return {
    store(url, headers) {
      for (const line of headers.getSetCookie()) {
        const cookie = parse(url, line)
        if (!cookie) continue
        cookies = cookies.filter((c) => !(c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path))
        if (cookie.expires === undefined || cookie.expires > now()) cookies.push(cookie)
      }
    },
    header(url) {
      const host = url.hostname.toLowerCase()
      const secure = url.protocol === 'https:' || isLoopback(host)
      const time = now()
      cookies = cookies.filter((c) => c.expires === undefined || c.expires > time)
      const matching = cookies
        .filter(
          (c) =>
            (c.hostOnly ? host === c.domain : host === c.domain || host.endsWith(`.${c.domain}`)) &&
            pathMatches(url.pathname, c.path) &&
            (!c.secure || secure),
        )
        .sort((a, b) => b.path.length - a.path.length)
      return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined
    },
  }
}
