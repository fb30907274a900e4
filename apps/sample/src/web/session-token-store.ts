// A token store in sessionStorage: the token survives reloads of this tab and dies with it.
import type { TokenSet, TokenStore } from '@ringplus/auth'

/** A {@link TokenStore} kept under `key` in `sessionStorage`. */
export function sessionTokenStore(key: string): TokenStore {
  return {
    get: () => {
      const raw = sessionStorage.getItem(key)
      return raw ? (JSON.parse(raw) as TokenSet) : undefined
    },
    set: (token) => {
      if (token) sessionStorage.setItem(key, JSON.stringify(token))
      else sessionStorage.removeItem(key)
    },
  }
}
