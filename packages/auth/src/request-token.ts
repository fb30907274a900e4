import { OAuthErrorBodySchema } from '@ringplus/models'
import { NetworkError, TimeoutError } from '@ringplus/transport'
import * as v from 'valibot'
import { OAuthError } from './errors/oauth-error'
import { toTokenSet } from './to-token-set'
import type { TokenSet } from './types'

/** The fixed settings of token requests, resolved once by `createOAuthClient`. */
export interface TokenEndpoint {
  url: string
  clientId: string
  clientSecret: string | undefined
  fetch: typeof globalThis.fetch
  timeout: number
  now: () => number
}

// application/x-www-form-urlencoded, as RFC 6749 §2.3.1 asks for HTTP Basic credentials.
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+')

/**
 * POSTs one grant to the token endpoint (RFC 6749 §4.1.3 / §6) and resolves the token, or rejects
 * with an {@link OAuthError} (`NetworkError` / `TimeoutError` of the transport when no answer came). Confidential clients authenticate with HTTP Basic, public clients send
 * `client_id` in the body. Never retried: codes are single-use and refresh tokens rotate.
 */
export async function requestToken(
  endpoint: TokenEndpoint,
  grant: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<TokenSet> {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  }
  const body = new URLSearchParams(grant)
  if (endpoint.clientSecret === undefined) body.set('client_id', endpoint.clientId)
  else headers.authorization = `Basic ${btoa(`${formEncode(endpoint.clientId)}:${formEncode(endpoint.clientSecret)}`)}`
  const timeout = AbortSignal.timeout(endpoint.timeout)
  let response: Response
  try {
    response = await endpoint.fetch(endpoint.url, {
      method: 'POST',
      headers,
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    if (timeout.aborted) throw new TimeoutError('POST', endpoint.url, endpoint.timeout)
    throw new NetworkError('POST', endpoint.url, error)
  }
  const request = { method: 'POST', url: endpoint.url, status: response.status }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    json = undefined
  }
  if (response.ok) {
    const token = toTokenSet(json, endpoint.now())
    if (token) return token
    throw new OAuthError({ ...request, code: 'invalid_response', description: 'the token response is not a bearer token' })
  }
  const error = v.safeParse(OAuthErrorBodySchema, json)
  if (error.success) throw new OAuthError({ ...request, code: error.output.error, description: error.output.error_description })
  throw new OAuthError({ ...request, code: 'invalid_response', description: 'the answer is not an OAuth error body' })
}
