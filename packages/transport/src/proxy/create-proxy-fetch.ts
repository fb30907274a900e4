import { ProxyAgent, fetch as undiciFetch } from 'undici'

/**
 * A `fetch` that sends every request through an HTTP(S) proxy (undici's `ProxyAgent`),
 * for the client's `fetch` option. Node.js only: import it from
 * `@ringplus/transport/proxy`, so browser bundles never carry it.
 *
 * @param proxyUrl - The proxy, e.g. `http://proxy.internal:3128` (credentials in the URL
 *   are sent as `Proxy-Authorization`).
 * @returns A `fetch` function.
 *
 * @example
 * ```ts
 * import { createClient } from '@ringplus/transport'
 * import { createProxyFetch } from '@ringplus/transport/proxy'
 *
 * const client = createClient({ auth: token, fetch: createProxyFetch(process.env.HTTPS_PROXY!) })
 * ```
 * @public
 */
export function createProxyFetch(proxyUrl: string | URL): (url: string, init: RequestInit) => Promise<Response> {
  const dispatcher = new ProxyAgent(String(proxyUrl))
  return (url, init) => undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>
}
