const loopback = new Set(['127.0.0.1', '[::1]', 'localhost'])

/**
 * Parses an endpoint URL and refuses plain `http:` except on loopback hosts (unless allowed), so
 * client secrets and tokens never travel in clear text by accident.
 */
export function checkEndpoint(name: string, value: string, allowInsecure: boolean): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new TypeError(`${name} is not an absolute URL: ${value}`)
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && (allowInsecure || loopback.has(url.hostname)))) {
    return url.href
  }
  throw new TypeError(`${name} must use https: (http: is allowed on loopback hosts, or with allowInsecureRequests): ${url.origin}`)
}
