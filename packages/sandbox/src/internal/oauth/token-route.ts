// POST /oauth/token (contract §2). @node-oauth/oauth2-server runs both grants (client
// authentication by Basic or body, code single use, PKCE S256, redirect-URI check, refresh
// rotation). Around it, three contract rules the library cannot express:
//  - only `authorization_code` and `refresh_token` exist here: anything else is
//    `unsupported_grant_type` (the library would call password/client_credentials grants
//    `unauthorized_client`);
//  - bad client credentials are always 401 with `WWW-Authenticate: Basic realm="RingPlus"`
//    (the library answers 400 when the credentials came in the body);
//  - a public client must use PKCE: without `code_verifier` it gets `invalid_request` naming
//    that rule (the library would ask for a client secret it does not have).
// The success body is the contract's: lower-case `bearer`, `created_at`, scope as a string.
import OAuth2Server from '@node-oauth/oauth2-server'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { SandboxContext } from '../context'
import { ApiProblem } from '../http/api-problem'
import { collectParams, type Params } from '../http/params'
import { JSON_TYPE } from '../http/route-helpers'
import type { SavedToken } from './create-oauth-model'

const GRANTS = ['authorization_code', 'refresh_token']

function oauthError(reply: FastifyReply, status: number, error: string, description: string): FastifyReply {
  if (error === 'invalid_client') reply.header('www-authenticate', 'Basic realm="RingPlus"')
  return reply.code(status).header('content-type', JSON_TYPE).send(JSON.stringify({ error, error_description: description }))
}

/** The contract's token response body. */
export function tokenBody(token: { accessToken: string; refreshToken: string; scope: string[]; expiresIn: number; createdAtMs: number }) {
  return {
    access_token: token.accessToken,
    token_type: 'bearer' as const,
    expires_in: token.expiresIn,
    refresh_token: token.refreshToken,
    scope: token.scope.join(' '),
    created_at: Math.floor(token.createdAtMs / 1000),
  }
}

function hasBasicAuth(header: string | undefined): boolean {
  return header !== undefined && /^basic\s/i.test(header)
}

/** Registers POST /oauth/token. */
export function registerTokenRoute(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/oauth/token', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache')
    if (!(request.body instanceof URLSearchParams)) {
      return oauthError(reply, 400, 'invalid_request', 'The body must be application/x-www-form-urlencoded')
    }
    let params: Params
    try {
      params = collectParams(request.raw.url ?? '/', request.body)
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error
      return oauthError(reply, 400, 'invalid_request', 'A parameter was given more than once with different values')
    }
    const grantType = params.get('grant_type')
    if (!grantType) return oauthError(reply, 400, 'invalid_request', 'Missing parameter: grant_type')
    if (!GRANTS.includes(grantType)) return oauthError(reply, 400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`)

    const authorization = request.headers.authorization
    if (grantType === 'authorization_code' && !hasBasicAuth(authorization) && !params.get('client_secret') && !params.get('code_verifier')) {
      const clientId = params.get('client_id')
      const app = clientId ? ctx.oauthStore.applicationByClientId(clientId) : undefined
      if (app && !app.confidential) {
        return oauthError(reply, 400, 'invalid_request', 'PKCE is required for public clients: send code_verifier')
      }
    }

    const body: Record<string, string> = {}
    for (const name of ['grant_type', 'code', 'redirect_uri', 'code_verifier', 'refresh_token', 'scope', 'client_id', 'client_secret']) {
      const value = params.get(name)
      if (value !== undefined) body[name] = value
    }
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '1' }
    if (authorization) headers.authorization = authorization.replace(/^basic\s+/i, 'Basic ')
    const libRequest = new OAuth2Server.Request({ method: 'POST', headers, query: {}, body })
    const libResponse = new OAuth2Server.Response({})
    try {
      const token = (await ctx.oauth.token(libRequest, libResponse)) as unknown as SavedToken
      return reply.code(200).header('content-type', JSON_TYPE).send(JSON.stringify(tokenBody(token)))
    } catch (error) {
      if (!(error instanceof OAuth2Server.OAuthError) || error.name === 'server_error' || error.code >= 500) {
        ctx.logError(error)
        return oauthError(reply, 500, 'server_error', 'The authorization server hit an unexpected condition')
      }
      if (error.name === 'invalid_client') return oauthError(reply, 401, 'invalid_client', error.message)
      return oauthError(reply, error.code, error.name, error.message)
    }
  })
}
