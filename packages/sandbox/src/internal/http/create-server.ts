// The Fastify application: body parsers (form, JSON, 1 MiB cap), the session cookie plugin,
// traffic counting and fault injection ahead of everything, the OAuth routes, the API routes
// behind the API guard, and one error handler that renders contract §3 bodies and never a
// stack trace.
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import { CALLER, type SandboxContext } from '../context'
import { registerAuthorizeRoutes } from '../oauth/authorize-routes'
import { registerTokenRoute } from '../oauth/token-route'
import { registerAccountRoutes } from '../routes/account-routes'
import { registerControlRoutes } from '../routes/control-routes'
import { registerRequestRoutes } from '../routes/request-routes'
import { registerUsageRoutes } from '../routes/usage-routes'
import { registerUserRoutes } from '../routes/user-routes'
import { registerVoicemailRoutes } from '../routes/voicemail-routes'
import { createApiGuard } from './api-guard'
import { ApiProblem, badRequest, statusBody } from './api-problem'
import { applyFault } from './apply-fault'
import { pathOf } from './path-matcher'
import { sendJson } from './route-helpers'

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'Link, X-Total-Count, X-Rate-Limit-Limit, X-Rate-Limit-Remaining, X-Rate-Limit-Reset, Retry-After, WWW-Authenticate, Location',
}
const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, PUT, DELETE',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept',
  'access-control-max-age': '600',
}

/** Request bodies above this many bytes get 413. */
export const BODY_LIMIT = 1024 * 1024

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw badRequest('the request body is not valid JSON')
  }
}

function renderError(ctx: SandboxContext, error: unknown, reply: FastifyReply): FastifyReply {
  if (error instanceof ApiProblem) {
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value)
    return sendJson(reply, error.status, error.body)
  }
  const code = (error as { code?: string }).code
  const status = (error as { statusCode?: number }).statusCode
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return sendJson(reply, 413, statusBody(413, 'Payload Too Large'))
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return sendJson(reply, 415, statusBody(415, 'Unsupported Media Type', 'send application/x-www-form-urlencoded or application/json'))
  }
  if (status !== undefined && status >= 400 && status < 500) return sendJson(reply, status, statusBody(status))
  ctx.logError(error)
  return sendJson(reply, 500, statusBody(500, 'Internal Server Error'))
}

/** Builds the Fastify app (not yet listening). */
export async function createServer(ctx: SandboxContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    forceCloseConnections: true,
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  })

  app.decorateRequest(CALLER, null)
  app.removeAllContentTypeParsers()
  await app.register(formbody, { bodyLimit: BODY_LIMIT, parser: (text: string) => new URLSearchParams(text) as unknown as Record<string, unknown> })
  app.addContentTypeParser(/^application\/([\w.+-]+\+)?json\s*(;|$)/i, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string))
    } catch (error) {
      done(error as Error, undefined)
    }
  })

  // Callback style on purpose: this runs for every request, and most have no fault to apply.
  app.addHook('onRequest', (request, reply, done) => {
    const path = pathOf(request.raw.url ?? '/')
    if (path.startsWith('/_sandbox/')) return done()
    // Browser apps (the public client) call the API and the token endpoint cross-origin.
    if (request.headers.origin !== undefined && path !== '/oauth/authorize') {
      reply.headers(CORS_HEADERS)
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
        reply.code(204).headers(PREFLIGHT_HEADERS).send()
        return
      }
    }
    ctx.traffic.record(request.method, path)
    const decision = ctx.faults.decide(request.method, path)
    if (!decision) return done()
    const fault = decision.fault
    setTimeout(() => {
      if (fault) applyFault(fault, request, reply)
      else done()
    }, decision.delayMs)
  })

  app.setErrorHandler((error, _request, reply) => renderError(ctx, error, reply))
  app.setNotFoundHandler((_request, reply) => sendJson(reply, 404, statusBody(404, 'Not Found')))

  // The session cookie exists for the OAuth pages only: API requests skip its hooks.
  await app.register(async (oauth) => {
    await oauth.register(cookie, { secret: ctx.sessionSecret })
    registerAuthorizeRoutes(oauth, ctx)
    registerTokenRoute(oauth, ctx)
  })
  if (ctx.faultRoutes) registerControlRoutes(app, ctx)

  await app.register(async (api) => {
    api.addHook('onRequest', createApiGuard(ctx))
    registerAccountRoutes(api, ctx)
    registerUserRoutes(api, ctx)
    registerUsageRoutes(api, ctx)
    registerVoicemailRoutes(api, ctx)
    registerRequestRoutes(api, ctx)
  })

  return app
}
