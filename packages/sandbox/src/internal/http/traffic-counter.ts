import type { SandboxTraffic, TrafficFilter } from '../../types'
import { compilePath } from './path-matcher'

/** Counts received requests per method and path. */
export interface TrafficCounter extends SandboxTraffic {
  record(method: string, path: string): void
}

/** Creates a counter; memory grows with distinct method+path pairs only. */
export function createTrafficCounter(): TrafficCounter {
  let counts = new Map<string, { method: string; path: string; count: number }>()
  return {
    record(method, path) {
      const key = `${method} ${path}`
      const entry = counts.get(key)
      if (entry) entry.count++
      else counts.set(key, { method, path, count: 1 })
    },
    count(filter: TrafficFilter = {}) {
      const method = filter.method?.toUpperCase()
      const matches = compilePath(filter.path)
      let total = 0
      for (const entry of counts.values()) {
        if ((method === undefined || entry.method === method) && matches(entry.path)) total += entry.count
      }
      return total
    },
    reset() {
      counts = new Map()
    },
  }
}
