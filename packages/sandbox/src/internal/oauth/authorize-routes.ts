// GET/POST /oauth/authorize: the sign-in page, the consent page and the code redirect
// (contract §2). Client and redirect-URI problems get an HTML error page and never a
// redirect; every other error redirects with `error` and the echoed `state`. The code itself
// is issued by @node-oauth/oauth2-server's authorize handler through our model.
import OAuth2Server from '@node-oauth/oauth2-server'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { SandboxContext } from '../context'
import { ApiProblem } from '../http/api-problem'
import { collectParams, type Params } from '../http/params'
import { SCOPES, canonicalScope, redirectUriMatches, type AppRow, type UserRow } from '../store/oauth-store'
import { randomUrlSafe, safeEqual, verifyPassword } from '../util/crypto'
import { consentPage, errorPage, signInPage } from './html-pages'
import { readSession, writeSession, type Session } from './session'

// A valid scrypt hash of a random password: verifying against it when the e-mail is unknown
// makes a failed sign-in take as long whether or not the account exists.
const DUMMY_HASH = 'scrypt$16384$8$1$V9dXlH5o2ZxJ3m0p7Wq1sA==$0m3D1Kkq0Vn1a1VbmYwJm9cF0j3xZcXfQx0qCk1oQx4='

const PKCE_VALUE = /^[A-Za-z0-9._~-]{43,128}$/
const VISIBLE_ASCII = /^[\x20-\x7e]*$/

/** A validated authorization request. */
interface AuthorizationRequest {
  app: AppRow
  redirectUri: string
  scopes: string[]
  state: string | undefined
  codeChallenge: string | undefined
  /** The request as a query string, kept in the session while the user signs in. */
  query: string
}

type Checked =
  | { kind: 'page'; status: number; title: string; message: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'ok'; request: AuthorizationRequest }

function errorRedirect(redirectUri: string, error: string, description: string, state: string | undefined): Checked {
  const url = new URL(redirectUri)
  url.searchParams.set('error', error)
  url.searchParams.set('error_description', description)
  if (state !== undefined) url.searchParams.set('state', state)
  return { kind: 'redirect', location: url.toString() }
}

function check(ctx: SandboxContext, params: Params): Checked {
  const clientId = params.get('client_id')
  const app = clientId ? ctx.oauthStore.applicationByClientId(clientId) : undefined
  if (!app) {
    return { kind: 'page', status: 400, title: 'Unknown application', message: 'Client authentication failed: the client_id is missing or unknown.' }
  }
  const redirectUri = params.get('redirect_uri')
  if (!redirectUri) {
    return { kind: 'page', status: 400, title: 'Invalid redirect URI', message: 'The redirect_uri parameter is required.' }
  }
  if (!redirectUriMatches(app.redirect_uris, redirectUri)) {
    return { kind: 'page', status: 400, title: 'Invalid redirect URI', message: 'The redirect URI is not registered for this application.' }
  }
  const rawState = params.get('state')
  if (rawState !== undefined && !VISIBLE_ASCII.test(rawState)) {
    return errorRedirect(redirectUri, 'invalid_request', 'state must be visible ASCII characters', undefined)
  }
  const state = rawState === '' ? undefined : rawState
  const responseType = params.get('response_type')
  if (!responseType) return errorRedirect(redirectUri, 'invalid_request', 'Missing parameter: response_type', state)
  if (responseType !== 'code') {
    return errorRedirect(redirectUri, 'unsupported_response_type', 'Only response_type=code is supported', state)
  }
  const requested = (params.get('scope') ?? '').split(/[\s+]+/).filter((s) => s !== '')
  if (!requested.every((s) => (SCOPES as readonly string[]).includes(s))) {
    return errorRedirect(redirectUri, 'invalid_scope', `Unknown scope; valid scopes are ${SCOPES.join(', ')}`, state)
  }
  const scopes = requested.length === 0 ? ['public'] : canonicalScope(requested).split(' ')
  const codeChallenge = params.get('code_challenge')
  const method = params.get('code_challenge_method')
  if (method !== undefined && method !== 'S256') {
    return errorRedirect(redirectUri, 'invalid_request', 'code_challenge_method must be S256', state)
  }
  if (codeChallenge !== undefined && !PKCE_VALUE.test(codeChallenge)) {
    return errorRedirect(redirectUri, 'invalid_request', 'code_challenge must be 43-128 characters of [A-Za-z0-9._~-]', state)
  }
  if (method !== undefined && codeChallenge === undefined) {
    return errorRedirect(redirectUri, 'invalid_request', 'Missing parameter: code_challenge', state)
  }
  if (!app.confidential && codeChallenge === undefined) {
    return errorRedirect(redirectUri, 'invalid_request', 'PKCE is required for public clients: send code_challenge (S256)', state)
  }
  const query = new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: redirectUri, scope: scopes.join(' ') })
  if (state !== undefined) query.set('state', state)
  if (codeChallenge !== undefined) {
    query.set('code_challenge', codeChallenge)
    query.set('code_challenge_method', 'S256')
  }
  return { kind: 'ok', request: { app, redirectUri, scopes, state, codeChallenge, query: query.toString() } }
}

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-frame-options', 'DENY')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
    .header('referrer-policy', 'no-referrer')
    .send(body)
}

async function issueCode(ctx: SandboxContext, reply: FastifyReply, user: UserRow, authz: AuthorizationRequest): Promise<FastifyReply> {
  const query: Record<string, string> = Object.fromEntries(new URLSearchParams(authz.query))
  const libRequest = new OAuth2Server.Request({ method: 'GET', headers: {}, query, body: {} })
  const libResponse = new OAuth2Server.Response({})
  try {
    await ctx.oauth.authorize(libRequest, libResponse, { authenticateHandler: { handle: () => ({ id: user.id }) } })
  } catch (error) {
    const location = libResponse.get('location')
    if (!location) throw error
  }
  reply.header('cache-control', 'no-store')
  return reply.redirect(libResponse.get('location') as string, 302)
}

/** Registers GET and POST /oauth/authorize. */
export function registerAuthorizeRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    let session: Session = readSession(request)
    const action = request.raw.url ?? '/oauth/authorize'
    const post = request.method === 'POST'
    let params: Params
    try {
      params = collectParams(action, post ? request.body : undefined)
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error
      return html(reply, 400, errorPage('Invalid request', 'A parameter was given more than once with different values.'))
    }
    if (post && !safeEqual(params.get('authenticity_token') ?? '', session.csrf)) {
      return html(reply, 422, errorPage('The change you wanted was rejected', 'Invalid authenticity token. Reload the sign-in page and try again (cookies must be enabled).'))
    }

    // The authorization request comes from the URL, or from the session when a form posted without it.
    const source = !params.has('client_id') && session.pending ? collectParams(`?${session.pending}`, undefined) : params
    const checked = check(ctx, source)
    if (checked.kind === 'page') return html(reply, checked.status, errorPage(checked.title, checked.message))
    if (checked.kind === 'redirect') {
      reply.header('cache-control', 'no-store')
      return reply.redirect(checked.location, 302)
    }
    const authz = checked.request

    let user = session.uid !== undefined ? ctx.oauthStore.userById(session.uid) : undefined
    if (user && user.password_version !== session.pv) user = undefined

    if (post && params.has('user[email]')) {
      const email = params.get('user[email]') ?? ''
      const candidate = ctx.oauthStore.userByEmail(email.trim())
      const valid = await verifyPassword(params.get('user[password]') ?? '', candidate?.password_hash ?? DUMMY_HASH)
      if (!candidate || !valid) {
        session = { csrf: session.csrf, pending: authz.query }
        writeSession(reply, session)
        return html(reply, 401, signInPage({ action, csrf: session.csrf, appName: authz.app.name, email, error: 'Invalid email or password.' }))
      }
      // A fresh session (and CSRF token) on sign-in: no session fixation.
      session = { csrf: randomUrlSafe(32), uid: candidate.id, pv: candidate.password_version }
      user = candidate
    }

    if (!user) {
      session = { csrf: session.csrf, pending: authz.query }
      writeSession(reply, session)
      return html(reply, 200, signInPage({ action, csrf: session.csrf, appName: authz.app.name }))
    }

    const granted = ctx.oauthStore.grantedScopes(user.id, authz.app.id)
    const decision = post ? params.get('decision') : undefined
    if (decision === 'deny') {
      delete session.pending
      writeSession(reply, session)
      const denied = errorRedirect(authz.redirectUri, 'access_denied', 'The user denied the request', authz.state)
      reply.header('cache-control', 'no-store')
      return reply.redirect((denied as { location: string }).location, 302)
    }
    if (decision === 'allow') {
      ctx.oauthStore.grant(user.id, authz.app.id, [...granted, ...authz.scopes], ctx.clock.nowMs())
    } else if (!authz.scopes.every((s) => granted.includes(s))) {
      session.pending = authz.query
      writeSession(reply, session)
      const fields = Object.fromEntries(new URLSearchParams(authz.query))
      return html(reply, 200, consentPage({ action, csrf: session.csrf, appName: authz.app.name, email: user.email, scopes: authz.scopes, fields }))
    }
    delete session.pending
    writeSession(reply, session)
    return issueCode(ctx, reply, user, authz)
  }

  app.get('/oauth/authorize', handle)
  app.post('/oauth/authorize', handle)
}
