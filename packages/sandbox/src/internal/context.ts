import type OAuth2Server from '@node-oauth/oauth2-server'
import type { FastifyRequest } from 'fastify'
import type { Db } from './db/open-database'
import type { FaultInjector } from './http/fault-injector'
import type { RateLimiter } from './http/rate-limiter'
import type { TrafficCounter } from './http/traffic-counter'
import type { AccountStore } from './store/account-store'
import type { LineExtrasStore } from './store/line-extras-store'
import type { OAuthStore } from './store/oauth-store'
import type { RequestStore } from './store/request-store'
import type { UsageStore } from './store/usage-store'
import type { VoicemailStore } from './store/voicemail-store'
import type { InternalClock } from './util/create-clock'

/** The caller an access token identifies. */
export interface Caller {
  userId: number
  tokenId: number
  scopes: string[]
}

/** Everything the routes share. */
export interface SandboxContext {
  db: Db
  clock: InternalClock
  oauth: OAuth2Server
  oauthStore: OAuthStore
  accounts: AccountStore
  usage: { calls: UsageStore; texts: UsageStore; data: UsageStore }
  voicemail: VoicemailStore
  lineExtras: LineExtrasStore
  requests: RequestStore
  rateLimiter: RateLimiter
  faults: FaultInjector
  traffic: TrafficCounter
  sessionSecret: string
  faultRoutes: boolean
  /** Where unexpected errors are reported (never to the client). */
  logError: (error: unknown) => void
}

/** The request decoration holding the API caller (decorated, so every request keeps one shape). */
export const CALLER = 'ringplusCaller'

/** Records the authenticated caller of an API request. */
export function setCaller(request: FastifyRequest, caller: Caller): void {
  ;(request as unknown as Record<typeof CALLER, Caller | null>)[CALLER] = caller
}

/** The caller of an API request (set by the API guard before any handler runs). */
export function callerOf(_ctx: SandboxContext, request: FastifyRequest): Caller {
  const caller = (request as unknown as Record<typeof CALLER, Caller | null>)[CALLER]
  if (!caller) throw new Error('API route reached without an authenticated caller')
  return caller
}
