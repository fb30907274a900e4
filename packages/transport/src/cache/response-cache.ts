/**
 * A successful `GET` response as a {@link ResponseCache} stores it: plain, serialisable data.
 *
 * @example
 * ```ts
 * const entry: CachedResponse = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"accounts":[]}' }
 * ```
 * @public
 */
export interface CachedResponse {
  /** The HTTP status (always 200). */
  status: number
  /** The response headers, lower-case names. */
  headers: Record<string, string>
  /** The raw JSON text; it is validated again on every hit. */
  body: string
}

/**
 * A store for `GET` responses, such as {@link createMemoryCache} or an adapter to Redis.
 *
 * @remarks
 * Keys hold a SHA-256 hash of the access token, never the token, so two tokens never share
 * an entry. Only successful (200) responses that passed validation are stored; errors never
 * are. The store decides how long entries live. A successful `POST`, `PUT` or `DELETE`
 * calls `clear` (when present), so writes are never followed by stale reads.
 *
 * @example
 * ```ts
 * const map = new Map<string, CachedResponse>()
 * const cache: ResponseCache = {
 *   get: (key) => map.get(key),
 *   set: (key, value) => void map.set(key, value),
 *   clear: () => map.clear(),
 * }
 * ```
 * @public
 */
export interface ResponseCache {
  /** The entry under `key`, if any and still fresh. */
  get(key: string): CachedResponse | undefined | Promise<CachedResponse | undefined>
  /** Stores `value` under `key`. */
  set(key: string, value: CachedResponse): void | Promise<void>
  /** Drops every entry. */
  clear?(): void | Promise<void>
}
