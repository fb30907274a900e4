import type { Logger } from '../logger'
import { formatLogEvent } from './format-log-event'

/**
 * A {@link Logger} writing one line per event to `console` (or anything with `debug` and
 * `warn` methods taking a string).
 *
 * @param target - Where to write.
 * @returns A logger for the client's `logger` option.
 *
 * @example
 * ```ts
 * const client = createClient({ auth: token, logger: createConsoleLogger() })
 * // GET https://api.ringplus.net/accounts?page=1 200 (41 ms)
 * ```
 * @public
 */
export function createConsoleLogger(
  target: { debug(message: string): void; warn(message: string): void } = console,
): Logger {
  return {
    debug: (event) => target.debug(formatLogEvent(event)),
    warn: (event) => target.warn(formatLogEvent(event)),
  }
}
