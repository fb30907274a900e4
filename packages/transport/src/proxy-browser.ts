// @ringplus/transport/proxy for browser bundles (the package's "browser" export condition):
// a page cannot choose its proxy — the browser applies the user's proxy settings — so
// bundlers get this import-free stand-in instead of undici.

/**
 * Browser stand-in for the Node-only `createProxyFetch`: returns the global `fetch`, since
 * in a browser the user's own proxy settings apply and `proxyUrl` cannot be honoured.
 *
 * @param _proxyUrl - Ignored in browsers.
 * @returns The global `fetch`.
 *
 * @example
 * ```ts
 * const client = createClient({ fetch: createProxyFetch('http://proxy.internal:3128') }) // plain fetch in a browser
 * ```
 * @public
 */
export function createProxyFetch(_proxyUrl: string | URL): (url: string, init: RequestInit) => Promise<Response> {
  return (url, init) => globalThis.fetch(url, init)
}
