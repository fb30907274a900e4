import { parseResponse, ResponseValidationError } from '@ringplus/models'
import type { ClientOptions } from '../client-options'
import type { CachedResponse } from '../cache/response-cache'
import { createApiError } from '../errors/create-api-error'
import { NetworkError } from '../errors/network-error'
import type { RateLimitError } from '../errors/rate-limit-error'
import { TimeoutError } from '../errors/timeout-error'
import type { ApiRequest, ApiResponse, RateLimitState, RingPlusClient } from '../types'
import { buildUrl } from '../utils/build-url'
import { delay } from '../utils/delay'
import { hashToken } from '../utils/hash-token'
import { isConnectFailure } from '../utils/is-connect-failure'
import { parseRateLimit } from '../utils/parse-rate-limit'
import { parseRetryAfter } from '../utils/parse-retry-after'
import { redactUrl } from '../utils/redact-url'

const none: never[] = []
/** At most this many rate-limit waits per call (they do not use up `retryCount`). */
const maxRateLimitWaits = 5
/**
 * A window reset further away than this is taken for a clock mismatch (the server's clock is
 * not ours): the call is sent and the server decides, with a 429 if need be.
 */
const maxReadAheadWait = 15 * 60_000

function lowerCaseKeys(headers: Record<string, string> | undefined, into: Record<string, string>): Record<string, string> {
  for (const name in headers) into[name.toLowerCase()] = headers[name]!
  return into
}

/**
 * Creates the client every RingPlus operation takes as its first argument.
 *
 * @remarks
 * The client sends `Accept: application/vnd.ringplus.v1` and the bearer token, retries
 * failed GET, PUT and DELETE calls with exponential back-off (never re-sending a POST that
 * may have reached the server), honours `Retry-After`, tracks `X-Rate-Limit-*`, refreshes
 * the token once on `401 invalid_token`, enforces per-attempt timeouts and an overall
 * deadline, validates successful bodies and turns error statuses into typed errors.
 *
 * @param options - See {@link ClientOptions}; all optional.
 * @returns A {@link RingPlusClient}.
 *
 * @example
 * ```ts
 * import { createClient } from '@ringplus/transport'
 * import { getAccount } from '@ringplus/accounts'
 *
 * const client = createClient({ auth: process.env.RINGPLUS_TOKEN })
 * const { data } = await getAccount(client, { account_id: 12 })
 * ```
 * @public
 */
/* @__NO_SIDE_EFFECTS__ */
export function createClient(options: ClientOptions = {}): RingPlusClient {
  const {
    auth,
    timeout = 60_000,
    deadline,
    retryCount = 2,
    retryDelay = 1000,
    retryErrors = [408, 429, 500, 502, 503, 504],
    waitOnRateLimit,
    onRateLimit,
    cache,
    hooks = {},
    logger,
  } = options
  const root = (options.baseUrl ?? 'https://api.ringplus.net').replace(/\/+$/, '')
  const accept = `application/vnd.ringplus.v${options.version ?? 1}`
  const defaultHeaders = lowerCaseKeys(options.headers, { accept })
  let rateLimit: RateLimitState | undefined
  // The server's clock minus ours, from the `Date` header of the response `rateLimit` came from.
  let skew = 0
  let hashed: [token: string, hash: Promise<string>] | undefined

  async function request(call: ApiRequest): Promise<ApiResponse<unknown>> {
    const { method, endpoint, schema } = call
    const { signal, ...callOptions } = call.options ?? {}
    const url = buildUrl(root, call.path, call.query)
    const callDeadline = callOptions.deadline ?? deadline
    const end = callDeadline ? Date.now() + callDeadline : Infinity
    const base = { method, url, endpoint }
    const redacted = (): string => redactUrl(url)
    let attempt = 0
    let retries = 0
    let waits = 0
    let refreshed: string | undefined
    let didRefresh = false
    let cacheKey: string | undefined

    const fail = async (error: Error): Promise<never> => {
      for (const hook of hooks.beforeError ?? none) error = (await hook({ ...base, attempt, error })) ?? error
      throw error
    }

    const finish = async (status: number, headers: Headers, text: string, fromCache?: boolean): Promise<ApiResponse<unknown>> => {
      let data: unknown
      if (schema && status !== 204) {
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch (cause) {
          return fail(new ResponseValidationError(endpoint, [{ path: '', message: 'expected a JSON body' }], text, { cause }))
        }
        try {
          data = parseResponse(schema, json, endpoint)
        } catch (error) {
          return fail(error as Error)
        }
      }
      if (cache && !fromCache) {
        if (cacheKey && status === 200) {
          const entry: CachedResponse = { status, headers: Object.fromEntries(headers), body: text }
          await cache.set(cacheKey, entry)
        } else if (method !== 'GET') await cache.clear?.()
      }
      return { data, status, headers, url }
    }

    const notify = (retryAfter: number | undefined, waiting: boolean): void => {
      onRateLimit?.({ ...base, url: redacted(), rateLimit, retryAfter, waiting })
      if (waiting) logger?.warn({ type: 'rate-limit-wait', method, url: redacted(), endpoint, delay: retryAfter! })
    }

    let waitedFor429 = false
    for (;;) {
      attempt++
      signal?.throwIfAborted()
      // waitOnRateLimit, when the last response said the window is used up: wait for its reset
      // before sending (any method: nothing was sent yet), rather than spend a request on a 429.
      const readAhead =
        waitOnRateLimit && !waitedFor429 && rateLimit?.remaining === 0 && waits < maxRateLimitWaits
          ? rateLimit.reset.getTime() - Date.now() - skew
          : 0
      if (readAhead > 0 && readAhead <= maxReadAheadWait && Date.now() + readAhead <= end) {
        waits++
        notify(readAhead, true)
        await delay(readAhead, signal)
      }
      waitedFor429 = false
      const token = refreshed ?? (typeof auth === 'string' ? auth : await auth?.getToken({ signal }))
      refreshed = undefined

      if (cache && method === 'GET' && attempt === 1) {
        if (token && hashed?.[0] !== token) hashed = [token, hashToken(token)]
        cacheKey = `${token ? await hashed![1] : '-'} ${accept} ${url}`
        const hit = await cache.get(cacheKey)
        if (hit) return finish(hit.status, new Headers(hit.headers), hit.body, true)
      }

      const headers = lowerCaseKeys(callOptions.headers, { ...defaultHeaders })
      if (call.body) headers['content-type'] = 'application/json'
      for (const hook of hooks.beforeRequest ?? none) await hook({ ...base, attempt, headers })
      if (token) headers.authorization = `Bearer ${token}`

      const left = end - Date.now()
      // Out of time before sending: fail without starting a request (a POST could land).
      if (left <= 0) return fail(new TimeoutError(method, redacted(), callDeadline!))
      const limit = Math.min(callOptions.timeout ?? timeout, left)
      // One controller per attempt, aborted by the timer or by the caller's signal (linked by a
      // listener: cheaper than AbortSignal.any on every request).
      const controller = new AbortController()
      const timer = limit < 2_147_483_647 ? setTimeout(() => controller.abort(), limit) : undefined
      const onAbort = (): void => controller.abort(signal!.reason)
      signal?.addEventListener('abort', onAbort, { once: true })
      const sentAt = Date.now()
      let response: Response | undefined
      let text = ''
      let error: Error
      let retryable: boolean
      let wait: number | undefined
      try {
        response = await (options.fetch ?? fetch)(url, {
          method,
          headers,
          body: call.body && JSON.stringify(call.body),
          signal: controller.signal,
        })
        text = await response.text()
      } catch (cause) {
        if (signal?.aborted) throw signal.reason
        response = undefined
        const timedOut = controller.signal.aborted // and not by the caller, checked above
        error = timedOut ? new TimeoutError(method, redacted(), limit) : new NetworkError(method, redacted(), cause)
        // A timed-out POST may have reached the server; only a refused connection did not.
        retryable = (method !== 'POST' || (!timedOut && isConnectFailure(cause))) && !(timedOut && limit === left)
      } finally {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
      }

      if (response) {
        const { status, headers: responseHeaders } = response
        const seen = parseRateLimit(responseHeaders)
        if (seen) {
          rateLimit = seen
          skew = Date.parse(responseHeaders.get('date')!) - Date.now() || 0
        }
        for (const hook of hooks.afterResponse ?? none) {
          await hook({ ...base, attempt, status, headers: responseHeaders })
        }
        logger?.debug({ type: 'response', method, url: redacted(), endpoint, attempt, status, durationMs: Date.now() - sentAt })
        if (response.ok) return finish(status, responseHeaders, text)

        let body: unknown = text
        try {
          body = JSON.parse(text)
        } catch {
          // Not JSON (a proxy's HTML page, say): keep the text.
        }
        error = createApiError({ status, method, url: redacted(), body, headers: responseHeaders })
        if (
          status === 401 &&
          !didRefresh &&
          token &&
          typeof auth === 'object' &&
          auth.refresh &&
          ((error as { code?: unknown }).code === 'invalid_token' ||
            /error="?invalid_token/.test(responseHeaders.get('www-authenticate') ?? ''))
        ) {
          didRefresh = true
          refreshed = await auth.refresh({ rejectedToken: token, signal })
          continue
        }
        wait = status === 429 ? (error as RateLimitError).retryAfter : parseRetryAfter(responseHeaders.get('retry-after'), Date.now())
        if (status === 429) {
          const waiting =
            !!waitOnRateLimit && method !== 'POST' && waits < maxRateLimitWaits && wait !== undefined && Date.now() + wait <= end
          notify(wait, waiting)
          if (waiting) {
            waits++
            await delay(wait!, signal)
            waitedFor429 = true
            continue
          }
        }
        // Without waitOnRateLimit a 429 is retried only if the server asks for no longer
        // than the back-off would wait anyway; a long wait for the reset is opt-in.
        retryable = method !== 'POST' && retryErrors.includes(status) && !(status === 429 && (wait ?? 0) > retryDelay * 2 ** retries)
      }

      if (!retryable! || retries >= retryCount) return fail(error!)
      retries++
      const backoff = retryDelay * 2 ** (retries - 1)
      wait ??= backoff / 2 + (Math.random() * backoff) / 2
      wait = Math.round(wait)
      if (Date.now() + wait > end) return fail(error!)
      for (const hook of hooks.beforeRetry ?? none) {
        await hook({ ...base, attempt, retryCount: retries, error: error!, delay: wait })
      }
      logger?.warn({
        type: 'retry',
        method,
        url: redacted(),
        endpoint,
        attempt,
        retryCount: retries,
        maxRetries: retryCount,
        delay: wait,
        error: error!,
      })
      await delay(wait, signal)
    }
  }

  return {
    request: request as RingPlusClient['request'],
    get rateLimit() {
      return rateLimit
    },
  }
}
