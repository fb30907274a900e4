// Carrier requests (contract §9): filed with `completed:false`, settled once the sandbox clock
// passes `requested_on + processingDelayMs`. Settling happens lazily before every API request
// is served, so a poll always sees the right state, and it survives restarts (the due time is
// stored).
import type { Db } from '../db/open-database'
import { ACCOUNT_SERVICES, DEVICE_MODELS } from '../seed/seed-data'
import type { InternalClock } from '../util/create-clock'
import { dateFromSeconds, isoFromMs } from '../util/time'
import { accountJson, type AccountRow } from './account-store'

/** The three kinds of carrier request. */
export type RequestKind = 'account_registration' | 'device_change' | 'phone_number_change'

interface RequestRow {
  id: number
  kind: RequestKind
  user_id: number
  account_id: number | null
  requested_on_ms: number
  due_at_ms: number
  completed: number
  successful: number
  error_message: string | null
  name: string | null
  billing_plan_id: number | null
  credit_card_id: number | null
  device_esn: string | null
  device_iccid: string | null
  phone_number: string | null
}

/** What a new request carries. */
export interface NewRequest {
  userId: number
  accountId?: number | undefined
  name?: string | undefined
  billingPlanId?: number | undefined
  creditCardId?: number | undefined
  deviceEsn?: string | undefined
  deviceIccid?: string | undefined
}

function modelFor(esn: string): string {
  let h = 0
  for (let i = 0; i < esn.length; i++) h = (h * 31 + esn.charCodeAt(i)) >>> 0
  return DEVICE_MODELS[h % DEVICE_MODELS.length]!
}

/** Creates the request store and its processor. */
export function createRequestStore(db: Db, clock: InternalClock, processingDelayMs: number) {
  const insert = db.prepare(
    `INSERT INTO carrier_requests (kind, user_id, account_id, requested_on_ms, due_at_ms, name, billing_plan_id, credit_card_id, device_esn, device_iccid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const byId = db.prepare('SELECT * FROM carrier_requests WHERE id = ? AND kind = ? AND user_id = ?')
  const pendingForAccount = db.prepare(
    'SELECT 1 FROM carrier_requests WHERE account_id = ? AND kind = ? AND completed = 0',
  ).pluck()
  const pendingRegistration = db.prepare(
    "SELECT 1 FROM carrier_requests WHERE user_id = ? AND kind = 'account_registration' AND completed = 0 AND device_esn = ?",
  ).pluck()
  const due = db.prepare('SELECT * FROM carrier_requests WHERE completed = 0 AND due_at_ms <= ? ORDER BY due_at_ms, id')
  const nextDue = db.prepare('SELECT MIN(due_at_ms) FROM carrier_requests WHERE completed = 0').pluck()
  const finish = db.prepare(
    'UPDATE carrier_requests SET completed = 1, successful = ?, error_message = ?, account_id = COALESCE(?, account_id), phone_number = ? WHERE id = ?',
  )
  const lostOrStolen = db.prepare('SELECT 1 FROM lost_or_stolen_esns WHERE esn = ?').pluck()
  const activeEsn = db.prepare('SELECT account_id FROM devices WHERE esn = ? AND active = 1').pluck()
  const activeIccid = db.prepare('SELECT account_id FROM devices WHERE iccid = ? AND active = 1').pluck()
  const deactivate = db.prepare('UPDATE devices SET active = 0 WHERE account_id = ? AND active = 1')
  const insertDevice = db.prepare(
    'INSERT INTO devices (account_id, model_name, esn, iccid, registered_on, active) VALUES (?, ?, ?, ?, ?, 1)',
  )
  const freeNumber = db.prepare('SELECT phone_number FROM phone_number_pool WHERE assigned_at_ms IS NULL ORDER BY phone_number LIMIT 1').pluck()
  const takeNumber = db.prepare('UPDATE phone_number_pool SET assigned_at_ms = ? WHERE phone_number = ?')
  const setNumber = db.prepare('UPDATE accounts SET phone_number = ? WHERE id = ?')
  const userEmail = db.prepare('SELECT email FROM users WHERE id = ?').pluck()
  const plan = db.prepare('SELECT id, name, price FROM billing_plans WHERE id = ?')
  const insertAccount = db.prepare(
    'INSERT INTO accounts (user_id, name, email_address, phone_number, balance, registered_on) VALUES (?, ?, ?, ?, 0, ?)',
  )
  const insertService = db.prepare('INSERT INTO account_services (account_id, name, service_type, active) VALUES (?, ?, ?, ?)')
  const insertBox = db.prepare('INSERT INTO voicemail_boxes (account_id) VALUES (?)')
  const insertSubscription = db.prepare(
    'INSERT INTO billing_subscriptions (account_id, billing_plan_id, name, price, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const account = db.prepare('SELECT * FROM accounts WHERE id = ?')
  const planExists = db.prepare('SELECT 1 FROM billing_plans WHERE id = ?').pluck()
  const cardOwned = db.prepare('SELECT 1 FROM credit_cards WHERE id = ? AND user_id = ?').pluck()

  let nextDueMs = (nextDue.get() as number | null) ?? Number.POSITIVE_INFINITY

  /** Why a device cannot be activated on `accountId` (undefined when it can). */
  const deviceProblem = (esn: string, iccid: string | null, accountId: number | undefined): string | undefined => {
    if (lostOrStolen.get(esn) !== undefined) return 'The device ESN is reported lost or stolen'
    const holder = activeEsn.get(esn) as number | undefined
    if (holder !== undefined) {
      return holder === accountId ? 'The device is already active on this line' : 'The device ESN is already active on another line'
    }
    if (iccid !== null && activeIccid.get(iccid) !== undefined) return 'The SIM card (ICCID) is already active on another line'
    return undefined
  }

  const settleOne = (row: RequestRow, nowMs: number): void => {
    const nowSec = Math.floor(nowMs / 1000)
    if (row.kind === 'device_change') {
      const problem = deviceProblem(row.device_esn!, row.device_iccid, row.account_id!)
      if (problem) {
        finish.run(0, problem, null, null, row.id)
        return
      }
      deactivate.run(row.account_id)
      insertDevice.run(row.account_id, modelFor(row.device_esn!), row.device_esn, row.device_iccid, nowSec)
      finish.run(1, null, null, null, row.id)
    } else if (row.kind === 'phone_number_change') {
      const number = freeNumber.get() as string | undefined
      if (!number) {
        finish.run(0, 'No phone numbers are available', null, null, row.id)
        return
      }
      takeNumber.run(nowMs, number)
      setNumber.run(number, row.account_id)
      finish.run(1, null, null, number, row.id)
    } else {
      const problem = deviceProblem(row.device_esn!, row.device_iccid, undefined)
      const number = freeNumber.get() as string | undefined
      const chosen = plan.get(row.billing_plan_id) as { id: number; name: string; price: number } | undefined
      const failure = problem ?? (number ? undefined : 'No phone numbers are available') ?? (chosen ? undefined : 'The billing plan is no longer offered')
      if (failure || !number || !chosen) {
        finish.run(0, failure ?? 'The registration failed', null, null, row.id)
        return
      }
      takeNumber.run(nowMs, number)
      const accountId = Number(insertAccount.run(row.user_id, row.name, userEmail.get(row.user_id), number, nowSec).lastInsertRowid)
      insertDevice.run(accountId, modelFor(row.device_esn!), row.device_esn, row.device_iccid, nowSec)
      for (const s of ACCOUNT_SERVICES) insertService.run(accountId, s.name, s.service_type, s.active ? 1 : 0)
      insertBox.run(accountId)
      insertSubscription.run(accountId, chosen.id, chosen.name, chosen.price, dateFromSeconds(nowSec), nowSec, nowSec)
      finish.run(1, null, accountId, null, row.id)
    }
  }

  const toJson = (row: RequestRow): Record<string, unknown> => {
    const json: Record<string, unknown> = {
      id: row.id,
      requested_on: isoFromMs(row.requested_on_ms),
      completed: row.completed === 1,
      successful: row.successful === 1,
    }
    if (row.error_message !== null) json.error_message = row.error_message
    if (row.account_id !== null) json.account_id = row.account_id
    if (row.kind === 'account_registration') {
      if (row.account_id !== null) {
        const a = account.get(row.account_id) as AccountRow | undefined
        if (a) json.account = accountJson(a)
      }
      json.name = row.name
      json.billing_plan_id = row.billing_plan_id
      json.credit_card_id = row.credit_card_id
    }
    if (row.device_esn !== null) json.device_esn = row.device_esn
    if (row.device_iccid !== null) json.device_iccid = row.device_iccid
    if (row.phone_number !== null) json.phone_number = row.phone_number
    return json
  }

  return {
    /** Settles every request whose due time has passed on the sandbox clock. Cheap when none is due. */
    settleDue(): void {
      const now = clock.nowMs()
      if (now < nextDueMs) return
      db.transaction(() => {
        for (const row of due.all(now) as RequestRow[]) settleOne(row, now)
      })()
      nextDueMs = (nextDue.get() as number | null) ?? Number.POSITIVE_INFINITY
    },
    planExists: (id: number) => planExists.get(id) !== undefined,
    cardOwned: (id: number, userId: number) => cardOwned.get(id, userId) !== undefined,
    hasPending: (kind: RequestKind, accountId: number) => pendingForAccount.get(accountId, kind) !== undefined,
    hasPendingRegistration: (userId: number, esn: string) => pendingRegistration.get(userId, esn) !== undefined,
    create(kind: RequestKind, r: NewRequest): Record<string, unknown> {
      const now = clock.nowMs()
      const dueAt = now + processingDelayMs
      const id = Number(
        insert.run(kind, r.userId, r.accountId ?? null, now, dueAt, r.name ?? null, r.billingPlanId ?? null, r.creditCardId ?? null, r.deviceEsn ?? null, r.deviceIccid ?? null).lastInsertRowid,
      )
      nextDueMs = Math.min(nextDueMs, dueAt)
      return toJson(byId.get(id, kind, r.userId) as RequestRow)
    },
    /** A request of `kind` the user filed, serialised; undefined when absent or not theirs. */
    get(kind: RequestKind, id: number, userId: number): Record<string, unknown> | undefined {
      const row = byId.get(id, kind, userId) as RequestRow | undefined
      return row ? toJson(row) : undefined
    },
  }
}

/** The request store's type. */
export type RequestStore = ReturnType<typeof createRequestStore>
