import type { Hooks, Logger, RateLimitHitState, ResponseCache } from '@ringplus/transport'

/**
 * Options of the {@link RingPlus} facade: the Python `API` constructor's parameters in
 * camelCase, plus the transport's `fetch`, `headers`, `hooks`, `logger` and `deadline`.
 *
 * @example
 * ```ts
 * const api = new RingPlus(auth, { retryCount: 3, waitOnRateLimit: true, timeout: 30_000 })
 * ```
 * @public
 */
export interface RingPlusOptions {
  /**
   * The API host, with or without a scheme: `api.ringplus.net` means
   * `https://api.ringplus.net`; `http://127.0.0.1:4010` is used as given.
   * @defaultValue `'api.ringplus.net'`
   */
  host?: string | undefined
  /** A GET cache (`createMemoryCache()` from this package, or your own `ResponseCache`). @defaultValue no cache */
  cache?: ResponseCache | undefined
  /** The API's major version, sent as `Accept: application/vnd.ringplus.v{version}`. @defaultValue `1` */
  version?: number | string | undefined
  /** Retries of a failed idempotent call (and of a POST that never left). @defaultValue `2` */
  retryCount?: number | undefined
  /** Base delay of the exponential, jittered back-off between retries, in milliseconds. @defaultValue the transport's */
  retryDelay?: number | undefined
  /** HTTP statuses that are retried. @defaultValue `[408, 429, 500, 502, 503, 504]` */
  retryErrors?: readonly number[] | undefined
  /** Per-attempt timeout in milliseconds (the Python wrapper took seconds). @defaultValue `60_000` */
  timeout?: number | undefined
  /** Overall deadline of one call across its retries and waits, in milliseconds. @defaultValue none */
  deadline?: number | undefined
  /** Wait for the rate-limit window to reset instead of failing with `RateLimitError`. @defaultValue `false` */
  waitOnRateLimit?: boolean | undefined
  /**
   * Be told when the rate limit is hit: `true` writes one line with `console.warn`; a
   * function receives the state (limit, remaining, reset, wait).
   * @defaultValue `false`
   */
  waitOnRateLimitNotify?: boolean | ((state: RateLimitHitState) => void) | undefined
  /**
   * An HTTP(S) proxy URL for every call (Node only: loads `@ringplus/transport/proxy`
   * and undici on first use; browsers ignore proxies set by pages).
   * @defaultValue no proxy
   */
  proxy?: string | undefined
  /** A `fetch` implementation to use instead of the global one. @defaultValue `globalThis.fetch` */
  fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined
  /** Extra headers sent with every call. @defaultValue none */
  headers?: Record<string, string> | undefined
  /** Hooks around every request (before request, after response, before retry, before error). @defaultValue none */
  hooks?: Hooks | undefined
  /** Where redacted request/response lines go. @defaultValue none */
  logger?: Logger | undefined
}
