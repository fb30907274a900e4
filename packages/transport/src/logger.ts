import type { HttpMethod } from './types'

/**
 * Logged at `debug` for every response received (any status).
 *
 * @example
 * ```ts
 * const event: ResponseLogEvent = { type: 'response', method: 'GET', url: 'https://api.ringplus.net/users', endpoint: 'GET /users', attempt: 1, status: 200, durationMs: 41 }
 * ```
 * @public
 */
export interface ResponseLogEvent {
  /** The kind of event. */
  type: 'response'
  /** The request method. */
  method: HttpMethod
  /** The request URL, secret query parameters redacted. */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** The attempt number, from 1. */
  attempt: number
  /** The response status. */
  status: number
  /** Milliseconds from sending to the response headers. */
  durationMs: number
}

/**
 * Logged at `warn` before a failed attempt is retried.
 *
 * @example
 * ```ts
 * const onRetry = (event: RetryLogEvent) => metrics.count('ringplus.retry', { status: (event.error as { status?: number }).status })
 * ```
 * @public
 */
export interface RetryLogEvent {
  /** The kind of event. */
  type: 'retry'
  /** The request method. */
  method: HttpMethod
  /** The request URL, secret query parameters redacted. */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** The attempt that failed, from 1. */
  attempt: number
  /** Which retry this is, from 1. */
  retryCount: number
  /** The client's `retryCount`: the most retries there will be. */
  maxRetries: number
  /** Milliseconds before the retry. */
  delay: number
  /** Why the attempt failed (an SDK error: its message and `toJSON` are secret-free). */
  error: Error
}

/**
 * Logged at `warn` when a call waits for the rate-limit window to reset.
 *
 * @example
 * ```ts
 * const onWait = (event: RateLimitWaitLogEvent) => console.warn(`waiting ${event.delay} ms for ${event.endpoint}`)
 * ```
 * @public
 */
export interface RateLimitWaitLogEvent {
  /** The kind of event. */
  type: 'rate-limit-wait'
  /** The request method. */
  method: HttpMethod
  /** The request URL, secret query parameters redacted. */
  url: string
  /** The endpoint template. */
  endpoint: string
  /** Milliseconds the call waits. */
  delay: number
}

/**
 * Anything the client logs; switch on `type`.
 *
 * @example
 * ```ts
 * const line = (event: LogEvent) => (event.type === 'response' ? `${event.status}` : `${event.delay} ms`)
 * ```
 * @public
 */
export type LogEvent = ResponseLogEvent | RetryLogEvent | RateLimitWaitLogEvent

/**
 * Where the client logs what it does, as structured events: pino, winston and `console`
 * all fit (use {@link createConsoleLogger} for one-line messages).
 *
 * @remarks
 * Events never carry the `Authorization` header, a token, or the value of a secret-looking
 * query parameter (`password`, `*_token`, `client_secret`, `code`, ...): URLs are redacted.
 * `debug` gets one event per response; `warn` one per retry and rate-limit wait. The
 * client does no formatting itself, so a bundle without a logger carries none.
 *
 * @example
 * ```ts
 * import pino from 'pino'
 * const client = createClient({ auth: token, logger: pino() })
 * ```
 * @public
 */
export interface Logger {
  /** Routine events: one per response received. */
  debug(event: LogEvent): void
  /** Retries and rate-limit waits. */
  warn(event: LogEvent): void
}
