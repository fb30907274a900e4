// Wires a sandbox together: database (migrated, seeded once), stores, the OAuth server, the
// HTTP app, and the handle tests use.
import OAuth2Server from '@node-oauth/oauth2-server'
import type { CreateApplicationOptions, IssueTokenOptions, Sandbox, SandboxApplication, SandboxOptions, TokenResponse } from '../types'
import type { SandboxContext } from './context'
import { openDatabase } from './db/open-database'
import { createServer } from './http/create-server'
import { createFaultInjector } from './http/fault-injector'
import { createRateLimiter } from './http/rate-limiter'
import { createTrafficCounter } from './http/traffic-counter'
import { createOAuthModel } from './oauth/create-oauth-model'
import { tokenBody } from './oauth/token-route'
import { readCredentials } from './seed/read-credentials'
import { isSeeded, seedWorld } from './seed/seed-world'
import { createAccountStore } from './store/account-store'
import { createLineExtrasStore } from './store/line-extras-store'
import { SCOPES, canonicalScope, createOAuthStore } from './store/oauth-store'
import { createRequestStore } from './store/request-store'
import { PHONE_CALLS, PHONE_DATA, PHONE_TEXTS, createUsageStore } from './store/usage-store'
import { createVoicemailStore } from './store/voicemail-store'
import { createClock } from './util/create-clock'
import { createPrng } from './util/create-prng'
import { randomHex } from './util/crypto'

/** What launching found: whether the database already held a world, and with which seed. */
export interface LaunchInfo {
  sandbox: Sandbox
  /** True when an existing database file was reused (and so not re-seeded). */
  reused: boolean
  /** The seed and scale the world was built with. */
  seed: number
  scale: number
}

const DEFAULT_TTL = 86_400
const REFRESH_LIFETIME = 10 * 365 * 86_400

function positiveInteger(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`startSandbox: ${name} must be an integer >= ${min}`)
  return value
}

/** Starts a sandbox and reports how its database was prepared. */
export async function launchSandbox(options: SandboxOptions = {}, logError?: (error: unknown) => void): Promise<LaunchInfo> {
  const port = positiveInteger('port', options.port, 0, 0)
  const host = options.host ?? '127.0.0.1'
  const seed = positiveInteger('seed', options.seed, 1, 0)
  const scale = positiveInteger('scale', options.scale, 0, 0)
  const processingDelayMs = positiveInteger('processingDelayMs', options.processingDelayMs, 2000, 0)
  const tokenTtlSeconds = positiveInteger('tokenTtlSeconds', options.tokenTtlSeconds, DEFAULT_TTL)
  const rateLimit = options.rateLimit ?? { requests: 600, windowSeconds: 300 }
  positiveInteger('rateLimit.requests', rateLimit.requests, 600)
  positiveInteger('rateLimit.windowSeconds', rateLimit.windowSeconds, 300)

  const clock = createClock(options.clock ?? 'real')
  const db = openDatabase(options.db ?? ':memory:')
  try {
    const reused = isSeeded(db)
    if (!reused) await seedWorld(db, { seed, scale, nowMs: clock.nowMs() })
    const meta = (key: string) => (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? ''

    const oauthStore = createOAuthStore(db)
    const oauth = new OAuth2Server({
      model: createOAuthModel(oauthStore, clock, tokenTtlSeconds),
      accessTokenLifetime: tokenTtlSeconds,
      refreshTokenLifetime: REFRESH_LIFETIME,
      authorizationCodeLifetime: 600,
      allowEmptyState: true,
      alwaysIssueNewRefreshToken: true,
      // Public clients refresh without a secret; the model still demands one from confidential clients.
      requireClientAuthentication: { refresh_token: false },
    })
    const faults = createFaultInjector(createPrng(seed, 'faults'))
    const traffic = createTrafficCounter()
    const ctx: SandboxContext = {
      db,
      clock,
      oauth,
      oauthStore,
      accounts: createAccountStore(db),
      usage: {
        calls: createUsageStore(db, PHONE_CALLS),
        texts: createUsageStore(db, PHONE_TEXTS),
        data: createUsageStore(db, PHONE_DATA),
      },
      voicemail: createVoicemailStore(db),
      lineExtras: createLineExtrasStore(db),
      requests: createRequestStore(db, clock, processingDelayMs),
      rateLimiter: createRateLimiter(clock, rateLimit.requests, rateLimit.windowSeconds),
      faults,
      traffic,
      sessionSecret: meta('session_secret'),
      faultRoutes: options.faults === true,
      logError:
        logError ??
        ((error) => {
          process.stderr.write(`[ringplus-sandbox] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
        }),
    }
    const app = await createServer(ctx)
    await app.listen({ port, host })
    const address = app.server.address()
    const boundPort = typeof address === 'object' && address ? address.port : port
    const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
    const url = `http://${urlHost}:${boundPort}`
    const credentials = readCredentials(db, url)

    let stopped: Promise<void> | undefined
    const sandbox: Sandbox = {
      url,
      credentials,
      clock: { now: clock.now, advance: clock.advance, set: clock.set },
      faults: { add: (rule) => faults.add(rule), clear: () => faults.clear() },
      traffic: { count: (filter) => traffic.count(filter), reset: () => traffic.reset() },
      issueToken(o: IssueTokenOptions): TokenResponse {
        const user = oauthStore.userByEmail(o.email)
        if (!user) throw new Error(`issueToken: no user has the e-mail ${o.email}`)
        const application = oauthStore.applicationByClientId(o.client_id ?? credentials.client_id)
        if (!application) throw new Error('issueToken: unknown client_id')
        const requested = (o.scope ?? SCOPES.join(' ')).split(/\s+/).filter((s) => s !== '')
        const unknown = requested.find((s) => !(SCOPES as readonly string[]).includes(s))
        if (unknown !== undefined || requested.length === 0) throw new Error(`issueToken: unknown scope ${unknown ?? '(none)'}`)
        const expiresIn = positiveInteger('expires_in', o.expires_in, tokenTtlSeconds)
        const access = randomHex(32)
        const refresh = randomHex(32)
        const now = clock.nowMs()
        const scope = canonicalScope(requested)
        oauthStore.saveToken(access, refresh, {
          application_id: application.id,
          user_id: user.id,
          scope,
          created_at_ms: now,
          expires_at_ms: now + expiresIn * 1000,
          authorization_code_id: null,
        })
        return tokenBody({ accessToken: access, refreshToken: refresh, scope: scope.split(' '), expiresIn, createdAtMs: now })
      },
      createApplication(o: CreateApplicationOptions): SandboxApplication {
        if (!o.name || o.redirect_uris.length === 0) throw new Error('createApplication: name and at least one redirect URI are required')
        for (const uri of o.redirect_uris) {
          if (!URL.canParse(uri) || uri.includes('#')) throw new Error(`createApplication: ${uri} is not an absolute URI without a fragment`)
        }
        const clientId = randomHex(32)
        const secret = o.confidential === false ? undefined : randomHex(32)
        oauthStore.createApplication(o.name, clientId, secret, [...o.redirect_uris], clock.nowMs())
        return secret === undefined
          ? { client_id: clientId, redirect_uris: [...o.redirect_uris] }
          : { client_id: clientId, client_secret: secret, redirect_uris: [...o.redirect_uris] }
      },
      revokeGrant(o: { email: string; client_id: string }): void {
        const user = oauthStore.userByEmail(o.email)
        const application = oauthStore.applicationByClientId(o.client_id)
        if (!user || !application) throw new Error('revokeGrant: unknown e-mail or client_id')
        oauthStore.revokeGrant(user.id, application.id, clock.nowMs())
      },
      stop() {
        stopped ??= app.close().then(() => {
          db.close()
        })
        return stopped
      },
    }
    return { sandbox, reused, seed: Number(meta('seed')), scale: Number(meta('scale')) }
  } catch (error) {
    if (db.open) db.close()
    throw error
  }
}
