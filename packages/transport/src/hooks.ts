// Hooks receive one state object each (as in ky), so fields can be added without
// breaking existing hooks.
import type { HttpMethod, RateLimitState } from './types'

/**
 * What a `beforeRequest` hook sees before each attempt is sent.
 *
 * @example
 * ```ts
 * const addTrace = (state: BeforeRequestState) => { state.headers['x-trace-id'] = crypto.randomUUID() }
 * ```
 * @public
 */
export interface BeforeRequestState {
  /** The request method. */
  method: HttpMethod
  /** The full request URL (not redacted: do not log it as is). */
  url: string
  /** The endpoint template, e.g. `GET /accounts/{account_id}`. */
  endpoint: string
  /** The attempt number, from 1 (retries and the replay after a token refresh count up). */
  attempt: number
  /**
   * The request headers, lower-case names; change them in place. `authorization` is added
   * after the hooks run, so they never see the token.
   */
  headers: Record<string, string>
}

/**
 * What an `afterResponse` hook sees when an attempt gets a response (any status).
 *
 * @example
 * ```ts
 * const record = (state: AfterResponseState) => metrics.count(`ringplus.${state.status}`)
 * ```
 * @public
 */
export interface AfterResponseState {
  /** The request method. */
  method: HttpMethod
  /** The full request URL (not redacted). */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** The attempt number, from 1. */
  attempt: number
  /** The response status. */
  status: number
  /** The response headers. */
  headers: Headers
}

/**
 * What a `beforeRetry` hook sees before the transport waits and retries.
 *
 * @example
 * ```ts
 * const note = (state: BeforeRetryState) => console.warn(`retry ${state.retryCount} in ${state.delay} ms`, state.error.message)
 * ```
 * @public
 */
export interface BeforeRetryState {
  /** The request method. */
  method: HttpMethod
  /** The full request URL (not redacted). */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** The attempt that failed, from 1. */
  attempt: number
  /** Which retry this is, from 1 to the client's `retryCount`. */
  retryCount: number
  /** Why the attempt failed. */
  error: Error
  /** How long the transport waits before retrying, in milliseconds. */
  delay: number
}

/**
 * What a `beforeError` hook sees before the call rejects; it may return a replacement error.
 *
 * @example
 * ```ts
 * const tag = (state: BeforeErrorState) => { state.error.message += ` [${state.endpoint}]` }
 * ```
 * @public
 */
export interface BeforeErrorState {
  /** The request method. */
  method: HttpMethod
  /** The full request URL (not redacted). */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** The last attempt, from 1. */
  attempt: number
  /** The error the call is about to reject with. */
  error: Error
}

/**
 * What the client's `onRateLimit` callback receives when a rate limit is hit (a `429`).
 *
 * @example
 * ```ts
 * const notify = (state: RateLimitHitState) => console.warn(`rate limited; ${state.waiting ? 'waiting' : 'failing'} ${state.retryAfter} ms`)
 * ```
 * @public
 */
export interface RateLimitHitState {
  /** The request method. */
  method: HttpMethod
  /** The request URL, secret query parameters redacted. */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** The `X-Rate-Limit-*` state last seen, if any. */
  rateLimit: RateLimitState | undefined
  /** Milliseconds until the window resets, if known. */
  retryAfter: number | undefined
  /**
   * Whether the call now waits for the window to reset (`waitOnRateLimit`). When `false`,
   * the `429` is handled like other `retryErrors`: retried if `Retry-After` is short,
   * otherwise thrown as a `RateLimitError`.
   */
  waiting: boolean
}

/**
 * Functions the client calls around each request; each receives one state object and may
 * be async.
 *
 * @example
 * ```ts
 * const hooks: Hooks = {
 *   beforeRequest: [(state) => { state.headers['x-request-id'] = crypto.randomUUID() }],
 *   beforeError: [(state) => { reportError(state.error) }],
 * }
 * ```
 * @public
 */
export interface Hooks {
  /** Before each attempt; may change `headers`. */
  beforeRequest?: ((state: BeforeRequestState) => void | Promise<void>)[] | undefined
  /** After each attempt that got a response, whatever its status. */
  afterResponse?: ((state: AfterResponseState) => void | Promise<void>)[] | undefined
  /** Before the transport waits and retries a failed attempt. */
  beforeRetry?: ((state: BeforeRetryState) => void | Promise<void>)[] | undefined
  /** Before the call rejects; return an error to reject with it instead. */
  beforeError?: ((state: BeforeErrorState) => Error | void | Promise<Error | void>)[] | undefined
}
