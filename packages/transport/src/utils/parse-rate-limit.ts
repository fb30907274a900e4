import type { RateLimitState } from '../types'

/** Reads `X-Rate-Limit-Limit`, `-Remaining` and `-Reset` (epoch seconds); all three or nothing (internal). */
export function parseRateLimit(headers: Headers): RateLimitState | undefined {
  const [limit, remaining, reset] = ['limit', 'remaining', 'reset'].map((name) => Number(headers.get(`x-rate-limit-${name}`) ?? NaN))
  return limit! >= 0 && remaining! >= 0 && reset! >= 0 ? { limit: limit!, remaining: remaining!, reset: new Date(reset! * 1000) } : undefined
}
