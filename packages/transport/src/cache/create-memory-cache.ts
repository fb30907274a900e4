import type { CachedResponse, ResponseCache } from './response-cache'

/**
 * Settings for {@link createMemoryCache}.
 *
 * @example
 * ```ts
 * const options: MemoryCacheOptions = { maxEntries: 1000, ttl: 30_000 }
 * ```
 * @public
 */
export interface MemoryCacheOptions {
  /**
   * How many responses to keep; the least recently used goes first.
   * @defaultValue `500`
   */
  maxEntries?: number | undefined
  /**
   * How long an entry stays fresh, in milliseconds.
   * @defaultValue `60_000`
   */
  ttl?: number | undefined
}

/**
 * An in-memory, least-recently-used {@link ResponseCache} with a time to live, for the
 * client's `cache` option.
 *
 * @param options - See {@link MemoryCacheOptions}.
 * @returns A cache; `clear()` empties it.
 *
 * @example
 * ```ts
 * const client = createClient({ auth: token, cache: createMemoryCache({ ttl: 30_000 }) })
 * ```
 * @public
 */
/* @__NO_SIDE_EFFECTS__ */
export function createMemoryCache(options: MemoryCacheOptions = {}): ResponseCache {
  const { maxEntries = 500, ttl = 60_000 } = options
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const entries = new Map<string, { value: CachedResponse; expires: number }>()
  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      if (entry.expires <= Date.now()) return undefined
      entries.set(key, entry)
      return entry.value
    },
    set(key, value) {
      entries.delete(key)
      entries.set(key, { value, expires: Date.now() + ttl })
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break
        entries.delete(oldest)
      }
    },
    clear() {
      entries.clear()
    },
  }
}
