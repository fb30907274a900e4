import { inspect } from 'node:util'
import { isRingPlusError } from '@ringplus/models'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
  createClient,
  isApiError,
  isAuthenticationError,
  isBadRequestError,
  isNetworkError,
  isNotFoundError,
  isPermissionError,
  isRateLimitError,
  isServerError,
  isTimeoutError,
  isValidationError,
  type HttpMethod,
} from '@ringplus/transport'
import { createTestServer, sendJson, type TestServer } from './helpers/create-test-server'

let server: TestServer
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
})
afterAll(() => server?.close())

const TOKEN = 'secret-access-token-0123456789abcdef'

async function failWith(status: number, body: unknown, headers: Record<string, string> = {}, method: HttpMethod = 'GET') {
  server.on(method, '/thing', (_req, res) => sendJson(res, status, body, headers))
  const client = createClient({ baseUrl: server.url, auth: TOKEN, retryCount: 0 })
  return client
    .request({ method, path: '/thing', endpoint: `${method} /thing`, query: { password: 'hunter2', page: 1 } })
    .then(() => {
      throw new Error('expected a rejection')
    })
    .catch((error: unknown) => error as ApiError)
}

describe('HTTP errors', () => {
  it('400 → BadRequestError with the body message, method and redacted URL', async () => {
    const error = await failWith(400, {
      status: '400',
      error: 'Bad Request',
      message: 'param is missing or the value is empty: device_esn',
    })
    expect(error).toBeInstanceOf(BadRequestError)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.name).toBe('BadRequestError')
    expect(error.status).toBe(400)
    expect(error.code).toBe('Bad Request')
    expect(error.method).toBe('GET')
    expect(error.url).toBe(`${server.url}/thing?password=[REDACTED]&page=1`)
    expect(error.message).toBe(
      `GET ${server.url}/thing?password=[REDACTED]&page=1 failed with 400: param is missing or the value is empty: device_esn`,
    )
    expect(isBadRequestError(error)).toBe(true)
  })

  it('401 → AuthenticationError with code invalid_token', async () => {
    const error = await failWith(
      401,
      { status: '401', error: 'invalid_token', message: 'The access token is invalid' },
      { 'www-authenticate': 'Bearer realm="RingPlus", error="invalid_token"' },
    )
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error.code).toBe('invalid_token')
    expect(isAuthenticationError(error)).toBe(true)
  })

  it('403 → PermissionError with the missing scope from WWW-Authenticate', async () => {
    const error = await failWith(
      403,
      { status: '403', error: 'insufficient_scope', message: 'requires the voicemail scope' },
      { 'www-authenticate': 'Bearer realm="RingPlus", error="insufficient_scope", scope="voicemail"' },
    )
    expect(error).toBeInstanceOf(PermissionError)
    expect((error as PermissionError).scope).toBe('voicemail')
    expect(error.code).toBe('insufficient_scope')
    expect(isPermissionError(error)).toBe(true)
  })

  it('404 → NotFoundError', async () => {
    const error = await failWith(404, { status: '404', error: 'Not Found' })
    expect(error).toBeInstanceOf(NotFoundError)
    expect(error.message).toBe(`GET ${server.url}/thing?password=[REDACTED]&page=1 failed with 404: Not Found`)
    expect(isNotFoundError(error)).toBe(true)
  })

  it('422 → ValidationError with the field errors from errors[]', async () => {
    const error = (await failWith(
      422,
      { errors: [{ code: 'invalid', field: 'device_esn', message: 'is not a valid ESN/MEID' }, { code: 'blank', field: 'name' }] },
      {},
      'POST',
    )) as ValidationError
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.code).toBe('invalid')
    expect(error.errors).toEqual([
      { code: 'invalid', field: 'device_esn', message: 'is not a valid ESN/MEID' },
      { code: 'blank', field: 'name' },
    ])
    expect(error.message).toContain('failed with 422: device_esn is not a valid ESN/MEID; name blank')
    expect(error.method).toBe('POST')
    expect(isValidationError(error)).toBe(true)
  })

  it('429 → RateLimitError with retryAfter (ms) and reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 120
    const error = (await failWith(
      429,
      { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
      {
        'retry-after': '30',
        'x-rate-limit-limit': '600',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(reset),
      },
    )) as RateLimitError
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.code).toBe(88)
    expect(error.retryAfter).toBe(30_000)
    expect(error.reset).toEqual(new Date(reset * 1000))
    expect(isRateLimitError(error)).toBe(true)
  })

  it('429 with an HTTP-date Retry-After and no reset header', async () => {
    const at = new Date(Date.now() + 60_000)
    const error = (await failWith(429, { errors: [{ code: 88 }] }, { 'retry-after': at.toUTCString() })) as RateLimitError
    expect(error.retryAfter).toBeGreaterThan(50_000)
    expect(error.retryAfter).toBeLessThanOrEqual(60_000)
    expect(error.reset!.getTime()).toBeGreaterThan(Date.now() + 50_000)
  })

  it.each([500, 502, 503, 504])('%i → ServerError', async (status) => {
    const error = await failWith(status, { status: String(status), error: 'Internal Server Error' })
    expect(error).toBeInstanceOf(ServerError)
    expect(error.status).toBe(status)
    expect(isServerError(error)).toBe(true)
  })

  it.each([
    [406, { status: '406', error: 'Not Acceptable', message: 'unsupported API version' }],
    [413, { status: '413', error: 'Payload Too Large' }],
  ])('%i → plain ApiError', async (status, body) => {
    const error = await failWith(status, body)
    expect(error.constructor).toBe(ApiError)
    expect(error.name).toBe('ApiError')
    expect(error.status).toBe(status)
    expect(isApiError(error)).toBe(true)
  })

  it('keeps a non-JSON body as text and still names the status', async () => {
    server.on('GET', '/thing', (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>')
    })
    const error = (await createClient({ baseUrl: server.url, retryCount: 0 })
      .request({ method: 'GET', path: '/thing', endpoint: 'GET /thing' })
      .catch((e: unknown) => e)) as ServerError
    expect(error).toBeInstanceOf(ServerError)
    expect(error.code).toBeUndefined()
    expect(error.body).toBe('<html>Bad gateway</html>')
    expect(error.message).toBe(`GET ${server.url}/thing failed with 502`)
  })

  it('keeps the body readable but out of toJSON and util.inspect, and never shows the token', async () => {
    const error = await failWith(404, { status: '404', error: 'Not Found', secret_field: 'do-not-log' })
    expect(error.body).toEqual({ status: '404', error: 'Not Found', secret_field: 'do-not-log' })
    expect(Object.keys(error)).not.toContain('body')
    const json = JSON.stringify(error)
    const shown = inspect(error)
    expect(JSON.parse(json)).toEqual({
      name: 'NotFoundError',
      message: error.message,
      status: 404,
      code: 'Not Found',
      method: 'GET',
      url: `${server.url}/thing?password=[REDACTED]&page=1`,
    })
    for (const text of [json, shown, error.message, String(error.stack)]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain('hunter2')
      expect(text).not.toContain('do-not-log')
    }
  })
})

describe('type guards', () => {
  it('match by name across copies of the package, not by prototype', () => {
    const foreign = Object.assign(new Error('x'), { name: 'RateLimitError', status: 429, [Symbol.for('@ringplus/error')]: true })
    expect(isRingPlusError(foreign)).toBe(true)
    expect(isRateLimitError(foreign)).toBe(true)
    expect(isApiError(foreign)).toBe(true)
    expect(isServerError(foreign)).toBe(false)
    for (const guard of [isApiError, isNetworkError, isTimeoutError, isNotFoundError]) {
      expect(guard(new Error('plain'))).toBe(false)
      expect(guard(undefined)).toBe(false)
    }
  })
})
