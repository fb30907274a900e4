import type { LogEvent } from '../logger'

/**
 * One line of text for a {@link LogEvent}; URLs are already redacted.
 *
 * @param event - What the client logged.
 * @returns E.g. `GET https://api.ringplus.net/users?page=2 200 (41 ms)`.
 *
 * @example
 * ```ts
 * const client = createClient({ logger: { debug: (e) => myLog.debug(formatLogEvent(e)), warn: (e) => myLog.warn(formatLogEvent(e)) } })
 * ```
 * @public
 */
export function formatLogEvent(event: LogEvent): string {
  const request = `${event.method} ${event.url}`
  switch (event.type) {
    case 'response':
      return `${request} ${event.status} (${event.durationMs} ms)`
    case 'retry':
      return `${request} failed (${event.error.message}); retry ${event.retryCount} of ${event.maxRetries} in ${event.delay} ms`
    case 'rate-limit-wait':
      return `${request} rate limited; waiting ${event.delay} ms`
  }
}
