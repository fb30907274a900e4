import type { QueryValue } from '../types'

/**
 * Joins the base URL, an encoded path and the query (internal). Dates become ISO strings,
 * booleans `true`/`false`, arrays repeat the key, `undefined` and `null` are dropped.
 */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  let url = baseUrl + (path.startsWith('/') ? path : '/' + path)
  if (query) {
    const params = new URLSearchParams()
    for (const key in query) {
      const value = query[key]
      if (value == null) continue
      for (const item of Array.isArray(value) ? value : [value]) {
        params.append(key, item instanceof Date ? item.toISOString() : String(item))
      }
    }
    const search = params.toString()
    if (search) url += (url.includes('?') ? '&' : '?') + search
  }
  return url
}
