// Runs before every API route: rate limit (per token, or per client address without a valid
// one), version negotiation, bearer authentication (by @node-oauth/oauth2-server's
// authenticate handler through our model), the route's scope, then settles due carrier
// requests. Every API response carries the X-Rate-Limit-* headers.
import OAuth2Server from '@node-oauth/oauth2-server'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { setCaller, type Caller, type SandboxContext } from '../context'
import { ApiProblem, insufficientScope, invalidToken, rateLimited, statusBody } from './api-problem'

/** Contract §1: v1 (or no vendor type at all) is served; another major version is a 406. */
export function acceptsVersion1(accept: string | undefined): boolean {
  if (!accept || accept === '*/*' || accept === 'application/json') return true
  const versions = [...accept.matchAll(/application\/vnd\.ringplus\.v(\d+)/gi)].map((m) => m[1])
  return versions.length === 0 || versions.includes('1')
}

const BEARER = /^bearer\s+\S/i

/** A caller whose token the library verified, cached until it expires or any token is revoked. */
interface Verified {
  caller: Caller
  expiresAtMs: number
  revision: number
}

/** Verifies a bearer token with \@node-oauth/oauth2-server's authenticate handler. */
async function authenticate(ctx: SandboxContext, header: string, method: string): Promise<Verified | undefined> {
  const revision = ctx.oauthStore.revision()
  const libRequest = new OAuth2Server.Request({
    method,
    headers: { authorization: header.replace(/^bearer\s+/i, 'Bearer ') },
    query: {},
    body: {},
  })
  try {
    const token = await ctx.oauth.authenticate(libRequest, new OAuth2Server.Response({}))
    const caller = { userId: token.user.id as number, tokenId: token.tokenId as number, scopes: token.scope ?? [] }
    return { caller, expiresAtMs: token.expiresAtMs as number, revision }
  } catch (error) {
    if (error instanceof OAuth2Server.OAuthError && error.code < 500) return undefined
    throw error
  }
}

/**
 * Creates the onRequest hook of the API routes. The library verifies each token once; the
 * verdict is then reused (on the sandbox clock, until the token expires or any token is
 * revoked), which keeps the per-request cost of a busy client low.
 */
export function createApiGuard(ctx: SandboxContext) {
  const verified = new Map<string, Verified>()

  const admit = (request: FastifyRequest, reply: FastifyReply, caller: Caller | undefined): void => {
    const limit = ctx.rateLimiter.consume(caller ? `token:${caller.tokenId}` : `address:${request.ip}`)
    reply.headers({
      'x-rate-limit-limit': String(limit.limit),
      'x-rate-limit-remaining': String(limit.remaining),
      'x-rate-limit-reset': String(limit.reset),
    })
    if (!limit.allowed) throw rateLimited(limit.retryAfter)
    if (!acceptsVersion1(request.headers.accept)) {
      throw new ApiProblem(406, statusBody(406, 'Not Acceptable', 'unsupported API version'))
    }
    if (!caller) throw invalidToken()
    const scope = (request.routeOptions.config as { scope?: string }).scope
    if (scope && !caller.scopes.includes(scope)) throw insufficientScope(scope)
    setCaller(request, caller)
    ctx.requests.settleDue()
  }

  const finish = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void, caller: Caller | undefined) => {
    try {
      admit(request, reply, caller)
    } catch (error) {
      done(error as Error)
      return
    }
    done()
  }

  return function apiGuard(request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void {
    const header = request.headers.authorization
    if (header === undefined || !BEARER.test(header)) return finish(request, reply, done, undefined)
    const hit = verified.get(header)
    if (hit && hit.revision === ctx.oauthStore.revision() && hit.expiresAtMs > ctx.clock.nowMs()) {
      return finish(request, reply, done, hit.caller)
    }
    authenticate(ctx, header, request.method).then((result) => {
      if (result) {
        if (verified.size >= 1000) verified.clear()
        verified.set(header, result)
      } else verified.delete(header)
      finish(request, reply, done, result?.caller)
    }, done)
  }
}
