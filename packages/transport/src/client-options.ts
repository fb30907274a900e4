import type { ResponseCache } from './cache/response-cache'
import type { Hooks, RateLimitHitState } from './hooks'
import type { Logger } from './logger'
import type { AuthProvider } from './types'

/**
 * Settings for {@link createClient}; every one is optional.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   auth: process.env.RINGPLUS_TOKEN,
 *   retryCount: 3,
 *   waitOnRateLimit: true,
 *   onRateLimit: ({ retryAfter }) => console.warn(`rate limited, waiting ${retryAfter} ms`),
 * })
 * ```
 * @public
 */
export interface ClientOptions {
  /**
   * The API's base URL (the sandbox prints its own, e.g. `http://127.0.0.1:4010`).
   * @defaultValue `'https://api.ringplus.net'`
   */
  baseUrl?: string | undefined
  /**
   * The API major version, sent as `Accept: application/vnd.ringplus.v<version>`.
   * @defaultValue `1`
   */
  version?: number | undefined
  /**
   * Headers sent with every request (names are case-insensitive).
   * @defaultValue `{}`
   */
  headers?: Record<string, string> | undefined
  /**
   * The `fetch` to send requests with, e.g. `createProxyFetch(url)` from
   * `@ringplus/transport/proxy`. It is called with the URL as a string and an init object.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined
  /**
   * An access token, or an {@link AuthProvider} (such as `@ringplus/auth`'s) that supplies
   * one and can refresh it: a `401 invalid_token` then triggers one refresh and one replay.
   * @defaultValue none: requests are sent without `Authorization`
   */
  auth?: AuthProvider | string | undefined
  /**
   * Milliseconds each attempt may take, body included, before it fails with a `TimeoutError`.
   * @defaultValue `60_000`
   */
  timeout?: number | undefined
  /**
   * Milliseconds a whole call may take, retries and waits included; no retry or wait starts
   * that would end past it.
   * @defaultValue none
   */
  deadline?: number | undefined
  /**
   * How many times a failed GET, PUT or DELETE is retried (after a retryable status, a
   * network error or a timeout). A POST is retried only when the connection failed before
   * anything was sent.
   * @defaultValue `2`
   */
  retryCount?: number | undefined
  /**
   * Base delay in milliseconds of the exponential back-off: retry n waits between
   * `retryDelay * 2^(n-1) / 2` and `retryDelay * 2^(n-1)` (jitter). A `Retry-After`
   * header (seconds or HTTP date) replaces it.
   * @defaultValue `1000`
   */
  retryDelay?: number | undefined
  /**
   * The response statuses that are retried. A `429` is retried only when its `Retry-After`
   * is no longer than the back-off would wait anyway (see `waitOnRateLimit` for longer waits).
   * @defaultValue `[408, 429, 500, 502, 503, 504]`
   */
  retryErrors?: readonly number[] | undefined
  /**
   * After a `429`, wait for the rate-limit window to reset (`Retry-After`, else
   * `X-Rate-Limit-Reset`) and try again instead of failing with a `RateLimitError`: GET,
   * PUT and DELETE, up to 5 waits per call, not counted as retries. A POST is never
   * re-sent. Waits are abortable and respect `deadline`.
   * @defaultValue `false`
   */
  waitOnRateLimit?: boolean | undefined
  /**
   * Called when a rate limit is hit, whether or not the call waits.
   * @defaultValue none
   */
  onRateLimit?: ((state: RateLimitHitState) => void) | undefined
  /**
   * A store for successful `GET` responses, e.g. `createMemoryCache()`.
   * @defaultValue none: nothing is cached
   */
  cache?: ResponseCache | undefined
  /**
   * Functions called before each request, after each response, before each retry and
   * before an error is thrown.
   * @defaultValue `{}`
   */
  hooks?: Hooks | undefined
  /**
   * Where to log responses (debug) and retries and rate-limit waits (warn), as structured
   * events with URLs redacted: pino fits, or `createConsoleLogger()` for one-line messages.
   * @defaultValue none
   */
  logger?: Logger | undefined
}
