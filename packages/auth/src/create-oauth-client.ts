import { checkEndpoint } from './check-endpoint'
import { codeChallenge } from './code-challenge'
import { createMemoryTokenStore } from './create-memory-token-store'
import { AuthorizationDeniedError } from './errors/authorization-denied-error'
import { OAuthError } from './errors/oauth-error'
import { SignInRequiredError } from './errors/sign-in-required-error'
import { StateMismatchError } from './errors/state-mismatch-error'
import { raceSignal } from './race-signal'
import { randomToken } from './random-token'
import { requestToken, type TokenEndpoint } from './request-token'
import { toTokenSet } from './to-token-set'
import type { OAuthClient, OAuthClientOptions, TokenSet } from './types'

const sameToken = (a: TokenSet | undefined, b: TokenSet | undefined) =>
  a?.access_token === b?.access_token && a?.refresh_token === b?.refresh_token

/**
 * Creates an OAuth 2.0 client for RingPlus (authorization-code grant with PKCE S256, refresh with
 * rotation). It is also an `AuthProvider`: pass it as `auth` to `createClient` of
 * `@ringplus/transport` and every call carries a fresh token, refreshed ahead of expiry and once on
 * a 401, with one refresh shared by all concurrent callers.
 *
 * @remarks
 * Browser-safe: Web Crypto and `fetch` only. The client secret lives in a closure, never on the
 * returned object, so logging the client cannot leak it.
 *
 * @example
 * ```ts
 * const auth = createOAuthClient({ clientId, clientSecret, redirectUri: 'https://app.example.com/callback' })
 * const { url, state, codeVerifier } = await auth.authorizationUrl({ scopes: ['public', 'voicemail'] })
 * // ... the user signs in and comes back to the redirect URI ...
 * await auth.exchangeCode(callbackUrl, { state, codeVerifier })
 * const api = createClient({ auth })
 * ```
 * @public
 */
/* @__NO_SIDE_EFFECTS__ */
export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  if (!options.clientId) throw new TypeError('createOAuthClient: clientId is required')
  const insecure = options.allowInsecureRequests === true
  const base = (options.authBaseUrl ?? 'https://my.ringplus.net').replace(/\/+$/, '')
  const authorizeUrl = checkEndpoint('authorizeUrl', options.authorizeUrl ?? `${base}/oauth/authorize`, insecure)
  const now = options.now ?? Date.now
  const endpoint: TokenEndpoint = {
    url: checkEndpoint('tokenUrl', options.tokenUrl ?? `${base}/oauth/token`, insecure),
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeout: options.timeout ?? 30_000,
    now,
  }
  const store = options.store ?? createMemoryTokenStore()
  const skew = options.refreshSkew ?? 60_000
  let inflight: Promise<TokenSet> | undefined

  const expiresWithin = (token: TokenSet, ms: number) =>
    token.expires_at !== undefined && token.expires_at * 1000 - ms <= now()

  // Stores a refreshed pair as one unit; with compare-and-set only over the pair it was refreshed from.
  const save = async (previous: TokenSet | undefined, next: TokenSet): Promise<TokenSet> => {
    if (previous && store.compareAndSet) {
      if (!(await store.compareAndSet(previous, next))) {
        // Someone else (another process sharing the store) wrote first: the store wins.
        const stored = await store.get()
        if (stored) return stored
        throw new SignInRequiredError('the token store was cleared while the token was being refreshed')
      }
    } else {
      await store.set(next)
    }
    await options.onToken?.(next)
    return next
  }

  // `due` is the token a caller found about to expire: if the store already holds a fresher one
  // (another process sharing the store refreshed it), that one is used without a request.
  const runRefresh = async (due: TokenSet | undefined): Promise<TokenSet> => {
    const current = await store.get()
    if (due && current && !sameToken(current, due) && !expiresWithin(current, skew)) return current
    if (!current?.refresh_token) throw new SignInRequiredError('no refresh token is stored')
    let next: TokenSet
    try {
      next = await requestToken(endpoint, { grant_type: 'refresh_token', refresh_token: current.refresh_token }, undefined)
    } catch (error) {
      // Another process sharing the store may have rotated the refresh token under us: its new pair
      // lands in the store moments after the server refused ours, so look there for up to a second.
      if (error instanceof OAuthError && error.code === 'invalid_grant') {
        for (let attempt = 0; attempt < 10; attempt++) {
          const stored = await store.get()
          if (stored && !sameToken(stored, current) && !expiresWithin(stored, 0)) return stored
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
      throw error
    }
    // RFC 6749 §6: the server may keep the refresh token (and scope) unchanged by omitting them.
    next.refresh_token ??= current.refresh_token
    next.scope ??= current.scope
    return save(current, next)
  }

  // Single-flight: every concurrent caller shares one refresh; a caller's signal only stops it waiting.
  const refreshShared = (signal: AbortSignal | undefined, due?: TokenSet): Promise<TokenSet> => {
    inflight ??= runRefresh(due).finally(() => {
      inflight = undefined
    })
    return raceSignal(inflight, signal)
  }

  return {
    async authorizationUrl(request = {}) {
      const state = randomToken()
      const codeVerifier = randomToken()
      const redirectUri = request.redirectUri ?? options.redirectUri
      const scopes = request.scopes ?? options.scopes ?? []
      const url = new URL(authorizeUrl)
      url.searchParams.set('response_type', 'code')
      url.searchParams.set('client_id', options.clientId)
      url.searchParams.set('redirect_uri', redirectUri)
      if (scopes.length) url.searchParams.set('scope', scopes.join(' '))
      url.searchParams.set('state', state)
      url.searchParams.set('code_challenge', await codeChallenge(codeVerifier))
      url.searchParams.set('code_challenge_method', 'S256')
      return { url: url.href, state, codeVerifier, redirectUri }
    },

    async exchangeCode(callbackUrl, pending, call = {}) {
      const params = new URL(callbackUrl).searchParams
      const state = params.get('state')
      if (!pending.state || state !== pending.state) throw new StateMismatchError(state !== null)
      const error = params.get('error')
      const description = params.get('error_description') ?? undefined
      if (error === 'access_denied') throw new AuthorizationDeniedError(description)
      if (error) throw new OAuthError({ code: error, description })
      const code = params.get('code')
      if (!code) throw new OAuthError({ code: 'invalid_request', description: 'the redirect carries neither code nor error' })
      const token = await requestToken(
        endpoint,
        {
          grant_type: 'authorization_code',
          code,
          redirect_uri: pending.redirectUri ?? options.redirectUri,
          code_verifier: pending.codeVerifier,
        },
        call.signal,
      )
      return save(undefined, token)
    },

    refreshToken(call = {}) {
      return refreshShared(call.signal)
    },

    async getToken(call = {}) {
      const token = await store.get()
      if (!token) throw new SignInRequiredError('no token is stored')
      if (!expiresWithin(token, skew)) return token.access_token
      if (!token.refresh_token) {
        if (!expiresWithin(token, 0)) return token.access_token
        throw new SignInRequiredError('the access token expired and no refresh token is stored')
      }
      try {
        return (await refreshShared(call.signal, token)).access_token
      } catch (error) {
        // Refreshing ahead of time failed, but the token has not actually expired yet: use it.
        if (!call.signal?.aborted && !expiresWithin(token, 0)) return token.access_token
        throw error
      }
    },

    async refresh({ rejectedToken, signal }) {
      const token = await store.get()
      if (token && token.access_token !== rejectedToken && !expiresWithin(token, 0)) return token.access_token
      return (await refreshShared(signal, token)).access_token
    },

    async getTokenSet() {
      const token = await store.get()
      return token && { ...token }
    },

    async setToken(token) {
      if (token === undefined) return void (await store.set(undefined))
      const normalized = toTokenSet(token, now())
      if (!normalized) throw new TypeError('setToken: not a bearer token (access_token and token_type "bearer" are required)')
      await store.set(normalized)
    },
  }
}
