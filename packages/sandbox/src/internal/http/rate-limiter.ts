import type { InternalClock } from '../util/create-clock'

/** The outcome of one {@link RateLimiter.consume}. */
export interface RateLimitState {
  allowed: boolean
  limit: number
  remaining: number
  /** Epoch seconds when the window resets. */
  reset: number
  /** Seconds until the reset (at least 1). */
  retryAfter: number
}

/** A fixed-window request budget per key (an access token, or the client address without one). */
export interface RateLimiter {
  consume(key: string): RateLimitState
}

/** Windows are aligned to multiples of `windowSeconds` on the sandbox clock. */
export function createRateLimiter(clock: InternalClock, limit: number, windowSeconds: number): RateLimiter {
  const windows = new Map<string, { window: number; count: number }>()
  return {
    consume(key) {
      const nowSec = clock.nowMs() / 1000
      const window = Math.floor(nowSec / windowSeconds)
      const reset = (window + 1) * windowSeconds
      let entry = windows.get(key)
      if (!entry || entry.window !== window) {
        if (windows.size > 10_000) for (const [k, e] of windows) if (e.window !== window) windows.delete(k)
        entry = { window, count: 0 }
        windows.set(key, entry)
      }
      const allowed = entry.count < limit
      if (allowed) entry.count++
      return {
        allowed,
        limit,
        remaining: limit - entry.count,
        reset,
        retryAfter: Math.max(1, Math.ceil(reset - nowSec)),
      }
    },
  }
}
