// Applications, grants, authorization codes and tokens. Codes, tokens and client secrets are
// stored only as SHA-256 digests; every statement is prepared and parameterised.
import type { Db } from '../db/open-database'
import { sha256 } from '../util/crypto'

/** The four scopes of contract §2, in canonical order. */
export const SCOPES = ['public', 'manage', 'voicemail', 'request'] as const

/** An application row. */
export interface AppRow {
  id: number
  name: string
  client_id: string
  secret_hash: string | null
  confidential: boolean
  redirect_uris: string[]
}

/** A user row (what sign-in and tokens need). */
export interface UserRow {
  id: number
  email: string
  password_hash: string
  password_version: number
}

/** An authorization-code row. */
export interface CodeRow {
  id: number
  application_id: number
  user_id: number
  redirect_uri: string
  scope: string
  code_challenge: string | null
  code_challenge_method: string | null
  expires_at_ms: number
  used_at_ms: number | null
}

/** A token row joined with its application's client id. */
export interface TokenRow {
  id: number
  user_id: number
  application_id: number
  client_id: string
  scope: string
  created_at_ms: number
  expires_at_ms: number
  authorization_code_id: number | null
}

/** Sorts and de-duplicates scopes into canonical order. */
export function canonicalScope(scopes: Iterable<string>): string {
  const set = new Set(scopes)
  return SCOPES.filter((s) => set.has(s)).join(' ')
}

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(?::(\d{1,5}))?([/?].*)?$/

/**
 * Contract §2: a redirect URI must equal a registered one exactly, except that a loopback
 * URI (`127.0.0.1`, `[::1]`, `localhost`) matches on any port (RFC 8252 §7.3).
 */
export function redirectUriMatches(registered: readonly string[], candidate: string): boolean {
  if (candidate.includes('#')) return false
  if (registered.includes(candidate)) return true
  const m = LOOPBACK.exec(candidate)
  if (!m) return false
  const withoutPort = `http://${m[1]}${m[3] ?? ''}`
  return registered.some((uri) => LOOPBACK.test(uri) && uri === withoutPort)
}

/** Creates the OAuth store over `db`. */
export function createOAuthStore(db: Db) {
  const appByClientId = db.prepare('SELECT * FROM applications WHERE client_id = ?')
  const appById = db.prepare('SELECT * FROM applications WHERE id = ?')
  const toApp = (row: unknown): AppRow | undefined => {
    if (!row) return undefined
    const r = row as Omit<AppRow, 'confidential' | 'redirect_uris'> & { confidential: number; redirect_uris: string }
    return { ...r, confidential: r.confidential === 1, redirect_uris: JSON.parse(r.redirect_uris) as string[] }
  }
  const userByEmail = db.prepare('SELECT id, email, password_hash, password_version FROM users WHERE email = ?')
  const userById = db.prepare('SELECT id, email, password_hash, password_version FROM users WHERE id = ?')
  const grantScope = db.prepare('SELECT scope FROM grants WHERE user_id = ? AND application_id = ?').pluck()
  const upsertGrant = db.prepare(
    `INSERT INTO grants (user_id, application_id, scope, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, application_id) DO UPDATE SET scope = excluded.scope`,
  )
  const deleteGrant = db.prepare('DELETE FROM grants WHERE user_id = ? AND application_id = ?')
  const insertCode = db.prepare(
    `INSERT INTO authorization_codes (code_hash, application_id, user_id, redirect_uri, scope, code_challenge, code_challenge_method, expires_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const codeByHash = db.prepare('SELECT * FROM authorization_codes WHERE code_hash = ?')
  const useCode = db.prepare('UPDATE authorization_codes SET used_at_ms = ? WHERE id = ? AND used_at_ms IS NULL')
  const insertToken = db.prepare(
    `INSERT INTO tokens (access_hash, refresh_hash, application_id, user_id, scope, created_at_ms, expires_at_ms, authorization_code_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const tokenColumns =
    't.id, t.user_id, t.application_id, a.client_id, t.scope, t.created_at_ms, t.expires_at_ms, t.authorization_code_id'
  const accessToken = db.prepare(
    `SELECT ${tokenColumns} FROM tokens t JOIN applications a ON a.id = t.application_id
     WHERE t.access_hash = ? AND t.revoked_at_ms IS NULL`,
  )
  const refreshToken = db.prepare(
    `SELECT ${tokenColumns} FROM tokens t JOIN applications a ON a.id = t.application_id
     WHERE t.refresh_hash = ? AND t.refresh_revoked_at_ms IS NULL AND t.revoked_at_ms IS NULL`,
  )
  const revokeRefresh = db.prepare(
    'UPDATE tokens SET refresh_revoked_at_ms = ? WHERE id = ? AND refresh_revoked_at_ms IS NULL AND revoked_at_ms IS NULL',
  )
  const revokeByCode = db.prepare(
    'UPDATE tokens SET revoked_at_ms = ? WHERE authorization_code_id = ? AND revoked_at_ms IS NULL',
  )
  const revokeByUserApp = db.prepare(
    'UPDATE tokens SET revoked_at_ms = ? WHERE user_id = ? AND application_id = ? AND revoked_at_ms IS NULL',
  )
  // Access-token lookups are on every API request. Valid rows are cached by digest; any
  // revocation empties the cache, so a revoked token is refused on its very next use.
  const accessCache = new Map<string, TokenRow>()
  // Bumped on every revocation: whoever caches a verified token compares it.
  let revision = 0
  const forgetAccess = <T>(result: T): T => {
    accessCache.clear()
    revision++
    return result
  }
  const insertApp = db.prepare(
    'INSERT INTO applications (name, client_id, secret_hash, confidential, redirect_uris, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )

  return {
    /** Changes whenever any access token is revoked. */
    revision: () => revision,
    applicationByClientId: (clientId: string) => toApp(appByClientId.get(clientId)),
    applicationById: (id: number) => toApp(appById.get(id)),
    createApplication(name: string, clientId: string, secret: string | undefined, redirectUris: string[], nowMs: number) {
      return Number(
        insertApp.run(name, clientId, secret === undefined ? null : sha256(secret), secret === undefined ? 0 : 1, JSON.stringify(redirectUris), Math.floor(nowMs / 1000)).lastInsertRowid,
      )
    },
    userByEmail: (email: string) => userByEmail.get(email) as UserRow | undefined,
    userById: (id: number) => userById.get(id) as UserRow | undefined,
    grantedScopes: (userId: number, applicationId: number): string[] => {
      const scope = grantScope.get(userId, applicationId) as string | undefined
      return scope ? scope.split(' ') : []
    },
    grant(userId: number, applicationId: number, scopes: Iterable<string>, nowMs: number) {
      upsertGrant.run(userId, applicationId, canonicalScope(scopes), Math.floor(nowMs / 1000))
    },
    /** Withdraws a grant and revokes every token issued under it. */
    revokeGrant(userId: number, applicationId: number, nowMs: number) {
      db.transaction(() => {
        deleteGrant.run(userId, applicationId)
        revokeByUserApp.run(nowMs, userId, applicationId)
      })()
      forgetAccess(undefined)
    },
    saveCode(code: string, row: Omit<CodeRow, 'id' | 'used_at_ms'>): number {
      return Number(
        insertCode.run(sha256(code), row.application_id, row.user_id, row.redirect_uri, row.scope, row.code_challenge, row.code_challenge_method, row.expires_at_ms).lastInsertRowid,
      )
    },
    codeByValue: (code: string) => codeByHash.get(sha256(code)) as CodeRow | undefined,
    /** Marks a code used; false when it already was (single use, atomically). */
    useCode: (id: number, nowMs: number) => useCode.run(nowMs, id).changes === 1,
    /** Revokes every token descended from an authorization code (code reuse, RFC 6749 §4.1.2). */
    revokeTokensOfCode: (codeId: number, nowMs: number) => forgetAccess(revokeByCode.run(nowMs, codeId).changes),
    saveToken(access: string, refresh: string | undefined, row: Omit<TokenRow, 'id' | 'client_id'>): number {
      return Number(
        insertToken.run(sha256(access), refresh === undefined ? null : sha256(refresh), row.application_id, row.user_id, row.scope, row.created_at_ms, row.expires_at_ms, row.authorization_code_id).lastInsertRowid,
      )
    },
    tokenByAccess(access: string): TokenRow | undefined {
      const digest = sha256(access)
      let row = accessCache.get(digest)
      if (row === undefined) {
        row = accessToken.get(digest) as TokenRow | undefined
        if (row === undefined) return undefined
        if (accessCache.size >= 1000) accessCache.clear()
        accessCache.set(digest, row)
      }
      return row
    },
    tokenByRefresh: (refresh: string) => refreshToken.get(sha256(refresh)) as TokenRow | undefined,
    /** Revokes a refresh token; false when it already was (rotation, atomically). */
    revokeRefresh: (id: number, nowMs: number) => revokeRefresh.run(nowMs, id).changes === 1,
  }
}

/** The OAuth store's type. */
export type OAuthStore = ReturnType<typeof createOAuthStore>
