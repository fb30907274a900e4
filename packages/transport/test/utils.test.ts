import { describe, expect, it } from 'vitest'
import { buildUrl } from '../src/utils/build-url'
import { isConnectFailure } from '../src/utils/is-connect-failure'
import { parseRetryAfter } from '../src/utils/parse-retry-after'
import { redactUrl } from '../src/utils/redact-url'

const fetchFailed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause })

describe('isConnectFailure', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])('is true for undici cause.code %s', (code) => {
    expect(isConnectFailure(fetchFailed(Object.assign(new Error(code), { code })))).toBe(true)
  })

  it('reads the members of an AggregateError (happy eyeballs): all must be pre-send failures', () => {
    const refused = Object.assign(new Error('x'), { code: 'ECONNREFUSED' })
    expect(isConnectFailure(fetchFailed(new AggregateError([refused, refused])))).toBe(true)
    const reset = Object.assign(new Error('y'), { code: 'ECONNRESET' })
    expect(isConnectFailure(fetchFailed(new AggregateError([refused, reset])))).toBe(false)
  })

  it('is false for failures after sending and for opaque (browser) errors', () => {
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ETIMEDOUT']) {
      expect(isConnectFailure(fetchFailed(Object.assign(new Error(code), { code })))).toBe(false)
    }
    expect(isConnectFailure(new TypeError('Failed to fetch'))).toBe(false)
    expect(isConnectFailure(undefined)).toBe(false)
  })
})

describe('redactUrl', () => {
  it('hides secret-looking query values, decoded keys included, and keeps the rest', () => {
    expect(
      redactUrl('https://h/x?access_token=a&page=2&user%5Bpassword%5D=b&client_secret=c&code=d&code_verifier=e&postal_code=f&api_key=g'),
    ).toBe(
      'https://h/x?access_token=[REDACTED]&page=2&user%5Bpassword%5D=[REDACTED]&client_secret=[REDACTED]&code=[REDACTED]&code_verifier=[REDACTED]&postal_code=f&api_key=[REDACTED]',
    )
    expect(redactUrl('https://h/accounts/1')).toBe('https://h/accounts/1')
    expect(redactUrl('https://h/x?password=%E0%A4%A')).toBe('https://h/x?password=[REDACTED]')
  })
})

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, never negative', () => {
    const now = Date.parse('2016-09-30T17:04:05Z')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Fri, 30 Sep 2016 17:05:05 GMT', now)).toBe(60_000)
    expect(parseRetryAfter('Fri, 30 Sep 2016 17:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

describe('buildUrl', () => {
  it('joins base and path with exactly one slash and appends to an existing query', () => {
    expect(buildUrl('https://h', 'users')).toBe('https://h/users')
    expect(buildUrl('https://h', '/users?x=1', { page: 2 })).toBe('https://h/users?x=1&page=2')
    expect(buildUrl('https://h', '/users', { a: undefined })).toBe('https://h/users')
  })
})
