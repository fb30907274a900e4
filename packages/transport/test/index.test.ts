import { describe, expect, it } from 'vitest'
import * as transport from '@ringplus/transport'
import * as proxy from '@ringplus/transport/proxy'

describe('public exports', () => {
  it('lists exactly the documented runtime exports', () => {
    expect(Object.keys(transport).sort()).toEqual(
      [
        'ApiError',
        'AuthenticationError',
        'BadRequestError',
        'NetworkError',
        'NotFoundError',
        'PermissionError',
        'RateLimitError',
        'ServerError',
        'TimeoutError',
        'ValidationError',
        'createClient',
        'createConsoleLogger',
        'createMemoryCache',
        'formatLogEvent',
        'isApiError',
        'isAuthenticationError',
        'isBadRequestError',
        'isNetworkError',
        'isNotFoundError',
        'isPermissionError',
        'isRateLimitError',
        'isServerError',
        'isTimeoutError',
        'isValidationError',
        'paginate',
        'toPage',
      ].sort(),
    )
    expect(Object.keys(proxy)).toEqual(['createProxyFetch'])
  })

  it('every error class extends RingPlusError and names itself', () => {
    const classes = [
      transport.ApiError,
      transport.AuthenticationError,
      transport.BadRequestError,
      transport.NotFoundError,
      transport.PermissionError,
      transport.RateLimitError,
      transport.ServerError,
      transport.ValidationError,
    ]
    for (const Class of classes) {
      const error = new Class({ status: 418, method: 'GET', url: 'https://api.ringplus.net/x', body: undefined })
      expect(error.name).toBe(Class.name)
      expect(error.message).toBe('GET https://api.ringplus.net/x failed with 418')
    }
    expect(new transport.NetworkError('GET', 'u', new Error('boom')).name).toBe('NetworkError')
    expect(new transport.TimeoutError('GET', 'u', 5).name).toBe('TimeoutError')
  })
})
