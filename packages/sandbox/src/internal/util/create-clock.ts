import type { SandboxClock } from '../../types'

/** The clock plus a millisecond reader the hot paths use (no Date allocation). */
export interface InternalClock extends SandboxClock {
  /** The current time in epoch milliseconds. */
  nowMs(): number
}

/**
 * A clock that follows wall-clock time shifted by an offset (`'real'`), or one frozen
 * until advanced (`'manual'`). Both honour `advance` and `set`.
 */
export function createClock(mode: 'real' | 'manual' = 'real', start: number = Date.now()): InternalClock {
  let offset = start - Date.now()
  let frozen = start
  const nowMs = mode === 'manual' ? () => frozen : () => Date.now() + offset
  return {
    nowMs,
    now: () => new Date(nowMs()),
    advance(ms: number) {
      if (!Number.isFinite(ms)) throw new TypeError('clock.advance(ms): ms must be a finite number')
      if (mode === 'manual') frozen += ms
      else offset += ms
    },
    set(date: Date) {
      const ms = date.getTime()
      if (!Number.isFinite(ms)) throw new TypeError('clock.set(date): invalid date')
      if (mode === 'manual') frozen = ms
      else offset = ms - Date.now()
    },
  }
}
