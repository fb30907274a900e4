// The @node-oauth/oauth2-server model: the library runs the protocol (grant handling, PKCE
// verification, code single use, refresh rotation, bearer parsing); these hooks store codes
// and tokens hashed, resolve clients with a constant-time secret check, match redirect URIs
// with the loopback rule and put every expiry on the sandbox clock.
//
// The library compares expiry dates with the wall clock, so each sandbox-clock instant is
// handed to it translated: `wall now + (instant - sandbox now)`.
import type OAuth2Server from '@node-oauth/oauth2-server'
import type { OAuthStore, AppRow } from '../store/oauth-store'
import { SCOPES, canonicalScope, redirectUriMatches } from '../store/oauth-store'
import type { InternalClock } from '../util/create-clock'
import { safeEqual, sha256 } from '../util/crypto'

/** Authorization codes live 10 minutes (contract §2). */
export const CODE_LIFETIME_MS = 10 * 60 * 1000

/** The library's client object, carrying our application row. */
export interface ModelClient extends OAuth2Server.Client {
  id: string
  app: AppRow
}

/** The library's user object: our user id, plus the authorization code a token chain started from. */
export interface ModelUser extends OAuth2Server.User {
  id: number
  codeId?: number | null
}

/** A saved token as our `saveToken` returns it to the library (and the library to us). */
export interface SavedToken extends OAuth2Server.Token {
  accessToken: string
  refreshToken: string
  scope: string[]
  createdAtMs: number
  expiresIn: number
  tokenId: number
  user: ModelUser
}

/** Turns an application row into the library's client. */
export function toClient(app: AppRow): ModelClient {
  return { id: app.client_id, grants: ['authorization_code', 'refresh_token'], redirectUris: app.redirect_uris, app }
}

/** Creates the model over the store and clock. `tokenTtlSeconds` is the access-token lifetime. */
export function createOAuthModel(store: OAuthStore, clock: InternalClock, tokenTtlSeconds: number) {
  const wallDate = (sandboxMs: number) => new Date(Date.now() + (sandboxMs - clock.nowMs()))

  return {
    async getClient(clientId: string, clientSecret: string | null | undefined) {
      const app = store.applicationByClientId(clientId)
      if (!app) return false
      // The authorize endpoint looks a client up by id alone (it passes null).
      if (clientSecret === null) return toClient(app)
      if (app.confidential) {
        if (!clientSecret || !app.secret_hash) return false
        return safeEqual(sha256(clientSecret), app.secret_hash) ? toClient(app) : false
      }
      // A public client has no secret; one that sends a secret is not who it claims to be.
      return clientSecret ? false : toClient(app)
    },

    async validateRedirectUri(redirectUri: string, client: ModelClient) {
      return redirectUriMatches(client.app.redirect_uris, redirectUri)
    },

    async validateScope(_user: ModelUser, _client: ModelClient, scope?: string[]) {
      const requested = scope && scope.length > 0 ? scope : ['public']
      if (!requested.every((s) => (SCOPES as readonly string[]).includes(s))) return false
      return canonicalScope(requested).split(' ')
    },

    async saveAuthorizationCode(
      code: Pick<OAuth2Server.AuthorizationCode, 'authorizationCode' | 'redirectUri' | 'scope' | 'codeChallenge' | 'codeChallengeMethod'>,
      client: ModelClient,
      user: ModelUser,
    ) {
      const expiresAtMs = clock.nowMs() + CODE_LIFETIME_MS
      store.saveCode(code.authorizationCode, {
        application_id: client.app.id,
        user_id: user.id,
        redirect_uri: code.redirectUri,
        scope: canonicalScope(code.scope ?? ['public']),
        code_challenge: code.codeChallenge ?? null,
        code_challenge_method: code.codeChallenge ? (code.codeChallengeMethod ?? 'S256') : null,
        expires_at_ms: expiresAtMs,
      })
      return { ...code, expiresAt: wallDate(expiresAtMs), client, user }
    },

    async getAuthorizationCode(value: string) {
      const row = store.codeByValue(value)
      if (!row) return false
      if (row.used_at_ms !== null) {
        // A code presented twice: refuse it and revoke what it issued (RFC 6749 §4.1.2).
        store.revokeTokensOfCode(row.id, clock.nowMs())
        return false
      }
      const app = store.applicationById(row.application_id)
      if (!app) return false
      const user: ModelUser = { id: row.user_id, codeId: row.id }
      return {
        authorizationCode: value,
        expiresAt: wallDate(row.expires_at_ms),
        redirectUri: row.redirect_uri,
        scope: row.scope.split(' '),
        client: toClient(app),
        user,
        ...(row.code_challenge ? { codeChallenge: row.code_challenge, codeChallengeMethod: row.code_challenge_method ?? 'S256' } : {}),
        codeId: row.id,
      }
    },

    async revokeAuthorizationCode(code: OAuth2Server.AuthorizationCode) {
      return store.useCode(code.codeId as number, clock.nowMs())
    },

    async saveToken(token: OAuth2Server.Token, client: ModelClient, user: ModelUser): Promise<SavedToken> {
      const now = clock.nowMs()
      const scope = canonicalScope(token.scope ?? ['public'])
      const refreshToken = token.refreshToken as string
      const codeId = user.codeId ?? null
      const tokenId = store.saveToken(token.accessToken, refreshToken, {
        application_id: client.app.id,
        user_id: user.id,
        scope,
        created_at_ms: now,
        expires_at_ms: now + tokenTtlSeconds * 1000,
        authorization_code_id: codeId,
      })
      return {
        accessToken: token.accessToken,
        accessTokenExpiresAt: wallDate(now + tokenTtlSeconds * 1000),
        refreshToken,
        scope: scope.split(' '),
        client,
        user,
        createdAtMs: now,
        expiresIn: tokenTtlSeconds,
        tokenId,
      }
    },

    async getRefreshToken(value: string) {
      const row = store.tokenByRefresh(value)
      if (!row) return false
      const app = store.applicationById(row.application_id)
      if (!app) return false
      const user: ModelUser = { id: row.user_id, codeId: row.authorization_code_id }
      return { refreshToken: value, scope: row.scope.split(' '), client: toClient(app), user, tokenId: row.id }
    },

    async revokeToken(token: OAuth2Server.RefreshToken) {
      return store.revokeRefresh(token.tokenId as number, clock.nowMs())
    },

    async getAccessToken(value: string) {
      const row = store.tokenByAccess(value)
      if (!row) return false
      return {
        accessToken: value,
        accessTokenExpiresAt: wallDate(row.expires_at_ms),
        scope: row.scope.split(' '),
        client: { id: row.client_id, grants: [] },
        user: { id: row.user_id },
        tokenId: row.id,
        expiresAtMs: row.expires_at_ms,
      }
    },
  }
}
