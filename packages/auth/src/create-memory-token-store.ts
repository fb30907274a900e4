import type { TokenSet, TokenStore } from './types'

/**
 * A {@link TokenStore} in memory: the default of `createOAuthClient`. Lost when the process (or the
 * page) ends; use `createFileTokenStore` from `@ringplus/auth/node`, or your own store, to keep
 * tokens across restarts.
 *
 * @param initial - a token to start with, e.g. one restored from a server-side session
 * @example
 * ```ts
 * const store = createMemoryTokenStore()
 * const auth = createOAuthClient({ clientId, redirectUri, store })
 * ```
 * @public
 */
/* @__NO_SIDE_EFFECTS__ */
export function createMemoryTokenStore(initial?: TokenSet): TokenStore {
  let current = initial
  return {
    get: () => current,
    set(token) {
      current = token
    },
    compareAndSet(expected, next) {
      if (current?.access_token !== expected?.access_token || current?.refresh_token !== expected?.refresh_token) {
        return false
      }
      current = next
      return true
    },
  }
}
