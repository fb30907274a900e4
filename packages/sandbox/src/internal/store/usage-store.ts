// Calls, texts and data records. Each table carries `pos`, the record's rank in listing order
// (time DESC, id DESC) within its account, so a page is an index range seek and the total
// is two index probes: no OFFSET scan and no COUNT(*) over a million rows.
import type { Db } from '../db/open-database'
import { isoFromSeconds } from '../util/time'

/** One usage listing: table, envelope key and row serialiser. */
export interface UsageKind {
  table: 'phone_calls' | 'phone_texts' | 'phone_data'
  /** The envelope key, which is the table's name. */
  time: 'start_time' | 'occurred_at'
  toJson(row: Record<string, unknown>): Record<string, unknown>
}

const money = (value: unknown): number => Math.round((value as number) * 100) / 100

/** `GET /accounts/{id}/phone_calls`. */
export const PHONE_CALLS: UsageKind = {
  table: 'phone_calls',
  time: 'start_time',
  toJson: (r) => ({
    id: r.id,
    account_id: r.account_id,
    direction: r.direction,
    originating_phone_number: r.originating_phone_number,
    destination_phone_number: r.destination_phone_number,
    start_time: isoFromSeconds(r.start_time as number),
    duration: r.duration,
    cost: money(r.cost),
    international: r.international === 1,
    roaming: r.roaming === 1,
  }),
}

/** `GET /accounts/{id}/phone_texts`. */
export const PHONE_TEXTS: UsageKind = {
  table: 'phone_texts',
  time: 'occurred_at',
  toJson: (r) => ({
    id: r.id,
    account_id: r.account_id,
    direction: r.direction,
    originating_phone_number: r.originating_phone_number,
    destination_phone_number: r.destination_phone_number,
    message_type: r.message_type,
    occurred_at: isoFromSeconds(r.occurred_at as number),
    cost: money(r.cost),
  }),
}

/** `GET /accounts/{id}/phone_data`. */
export const PHONE_DATA: UsageKind = {
  table: 'phone_data',
  time: 'occurred_at',
  toJson: (r) => ({
    id: r.id,
    account_id: r.account_id,
    occurred_at: isoFromSeconds(r.occurred_at as number),
    kilobytes: r.kilobytes,
    cost: money(r.cost),
    roaming: r.roaming === 1,
  }),
}

/** Creates a lister for one usage kind. */
export function createUsageStore(db: Db, kind: UsageKind) {
  const { table, time } = kind
  // The window's first position: the newest record at or before `end`; its last: the oldest
  // at or after `start`. Both are index probes on (account_id, time, pos).
  const window = db.prepare(`SELECT
    (SELECT MIN(pos) FROM ${table} WHERE account_id = :account AND ${time} =
      (SELECT MAX(${time}) FROM ${table} WHERE account_id = :account AND ${time} <= :end)) AS lo,
    (SELECT MAX(pos) FROM ${table} WHERE account_id = :account AND ${time} =
      (SELECT MIN(${time}) FROM ${table} WHERE account_id = :account AND ${time} >= :start)) AS hi`)
  const whole = db.prepare(`SELECT MAX(pos) FROM ${table} WHERE account_id = ?`).pluck()
  const page = db.prepare(`SELECT * FROM ${table} WHERE account_id = ? AND pos >= ? AND pos <= ? ORDER BY pos LIMIT ?`)
  // Usage records never change once seeded, so a serialised page stays valid for the life of
  // the process: the hot listings are served from this LRU (Map insertion order) without
  // touching SQLite or JSON.stringify. Ownership is still checked on every request.
  const pages = new Map<string, Buffer>()
  const empty = Buffer.from(`{"${table}":[]}`)
  const PAGE_CACHE_SIZE = 512

  return {
    /** One page of an account's records in [startSec, endSec] (either bound optional), newest first: the whole JSON response body. */
    list(accountId: number, startSec: number | undefined, endSec: number | undefined, limit: number, offset: number): { total: number; body: Buffer } {
      let lo: number
      let hi: number
      if (startSec === undefined && endSec === undefined) {
        const max = whole.get(accountId) as number | null
        if (max === null) return { total: 0, body: empty }
        lo = 0
        hi = max
      } else {
        const w = window.get({ account: accountId, start: startSec ?? -1e15, end: endSec ?? 1e15 }) as { lo: number | null; hi: number | null }
        if (w.lo === null || w.hi === null || w.lo > w.hi) return { total: 0, body: empty }
        lo = w.lo
        hi = w.hi
      }
      const total = hi - lo + 1
      if (offset >= total) return { total, body: empty }
      const key = `${accountId}:${lo + offset}:${hi}:${limit}`
      let body = pages.get(key)
      if (body === undefined) {
        const rows = page.all(accountId, lo + offset, hi, limit) as Record<string, unknown>[]
        body = Buffer.from(JSON.stringify({ [table]: rows.map(kind.toJson) }))
        if (pages.size >= PAGE_CACHE_SIZE) pages.delete(pages.keys().next().value as string)
      } else {
        pages.delete(key)
      }
      pages.set(key, body)
      return { total, body }
    },
    /** The page query, for EXPLAIN QUERY PLAN checks. */
    pageSql: page.source,
    windowSql: window.source,
  }
}

/** A usage store's type. */
export type UsageStore = ReturnType<typeof createUsageStore>
