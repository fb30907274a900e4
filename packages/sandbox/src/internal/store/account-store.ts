// Users and accounts (lines): lookups scoped to their owner, serialised to the contract's
// User, Account and AccountDetail objects (keys omitted rather than null).
import type { Db } from '../db/open-database'
import { isoFromSeconds } from '../util/time'

interface AccountRow {
  id: number
  user_id: number
  name: string
  email_address: string
  phone_number: string
  balance: number
  registered_on: number
}

/** Account filters of `GET /accounts` (exact matches). */
export interface AccountFilters {
  name?: string | undefined
  email_address?: string | undefined
  phone_number?: string | undefined
  device_esn?: string | undefined
  device_iccid?: string | undefined
}

const money = (value: number): number => Math.round(value * 100) / 100

/** Serialises an account row (list form). */
export function accountJson(row: AccountRow): Record<string, unknown> {
  return {
    id: row.id,
    user_id: row.user_id,
    name: row.name,
    email_address: row.email_address,
    phone_number: row.phone_number,
    balance: money(row.balance),
    registered_on: isoFromSeconds(row.registered_on),
  }
}

/** Creates the account and user store over `db`. */
export function createAccountStore(db: Db) {
  const filterSql = `FROM accounts a LEFT JOIN devices d ON d.account_id = a.id AND d.active = 1
    WHERE a.user_id = :user_id
      AND (:name IS NULL OR a.name = :name)
      AND (:email_address IS NULL OR a.email_address = :email_address COLLATE NOCASE)
      AND (:phone_number IS NULL OR a.phone_number = :phone_number)
      AND (:device_esn IS NULL OR d.esn = :device_esn COLLATE NOCASE)
      AND (:device_iccid IS NULL OR d.iccid = :device_iccid)`
  const listAccounts = db.prepare(
    `SELECT a.* ${filterSql} ORDER BY a.registered_on DESC, a.id DESC LIMIT :limit OFFSET :offset`,
  )
  const countAccounts = db.prepare(`SELECT COUNT(*) ${filterSql}`).pluck()
  const accountsOfUser = db.prepare('SELECT * FROM accounts WHERE user_id = ? ORDER BY registered_on DESC, id DESC')
  const ownedAccount = db.prepare('SELECT * FROM accounts WHERE id = ? AND user_id = ?')
  const ownerOf = db.prepare('SELECT user_id FROM accounts WHERE id = ?').pluck()
  // An account never changes owner and is never deleted, so ownership is cached.
  const owners = new Map<number, number>()
  const services = db.prepare('SELECT id, name, service_type, active FROM account_services WHERE account_id = ? ORDER BY id')
  const activeDevice = db.prepare('SELECT id, model_name, esn, iccid, registered_on FROM devices WHERE account_id = ? AND active = 1')
  const box = db.prepare(
    `SELECT b.id,
       (SELECT COUNT(*) FROM voicemail_messages m WHERE m.voicemail_box_id = b.id) AS message_count,
       (SELECT COUNT(*) FROM voicemail_messages m WHERE m.voicemail_box_id = b.id AND m.is_new = 1) AS new_message_count
     FROM voicemail_boxes b WHERE b.account_id = ?`,
  )
  const subscriptions = db.prepare('SELECT * FROM billing_subscriptions WHERE account_id = ? ORDER BY created_at DESC, id DESC')
  const renameAccount = db.prepare('UPDATE accounts SET name = ? WHERE id = ? AND user_id = ?')
  const user = db.prepare('SELECT id, email, registered_on FROM users WHERE id = ?')
  const userByEmail = db.prepare('SELECT id FROM users WHERE email = ?').pluck()
  const addresses = db.prepare('SELECT id, name, line1, line2, city, state, zip FROM shipping_addresses WHERE user_id = ? ORDER BY id')
  const updateEmail = db.prepare('UPDATE users SET email = ? WHERE id = ?')
  const updatePassword = db.prepare('UPDATE users SET password_hash = ?, password_version = password_version + 1 WHERE id = ?')

  const userJson = (id: number): Record<string, unknown> | undefined => {
    const row = user.get(id) as { id: number; email: string; registered_on: number } | undefined
    if (!row) return undefined
    return {
      id: row.id,
      email: row.email,
      registered_on: isoFromSeconds(row.registered_on),
      shipping_addresses: (addresses.all(id) as Record<string, unknown>[]).map((a) => {
        const address = { ...a }
        if (address.line2 === null) delete address.line2
        return address
      }),
      accounts: (accountsOfUser.all(id) as AccountRow[]).map(accountJson),
    }
  }

  return {
    listAccounts(userId: number, filters: AccountFilters, limit: number, offset: number) {
      const bind = {
        user_id: userId,
        name: filters.name ?? null,
        email_address: filters.email_address ?? null,
        phone_number: filters.phone_number ?? null,
        device_esn: filters.device_esn ?? null,
        device_iccid: filters.device_iccid ?? null,
      }
      return {
        total: countAccounts.get(bind) as number,
        items: (listAccounts.all({ ...bind, limit, offset }) as AccountRow[]).map(accountJson),
      }
    },
    /** The account when it exists and belongs to `userId`. */
    ownedAccount: (accountId: number, userId: number) => ownedAccount.get(accountId, userId) as AccountRow | undefined,
    /** True when the account exists and belongs to `userId` (cached). */
    ownsAccount(accountId: number, userId: number): boolean {
      let owner = owners.get(accountId)
      if (owner === undefined) {
        owner = ownerOf.get(accountId) as number | undefined
        if (owner === undefined) return false
        owners.set(accountId, owner)
      }
      return owner === userId
    },
    accountDetail(row: AccountRow): Record<string, unknown> {
      const detail = accountJson(row)
      detail.account_services = (services.all(row.id) as { active: number }[]).map((s) => ({ ...s, active: s.active === 1 }))
      const device = activeDevice.get(row.id) as { iccid: string | null; registered_on: number } | undefined
      if (device) {
        const json: Record<string, unknown> = { ...device, registered_on: isoFromSeconds(device.registered_on) }
        if (device.iccid === null) delete json.iccid
        detail.active_device = json
      }
      const vm = box.get(row.id)
      if (vm) detail.voicemail_box = vm
      detail.billing_subscriptions = (
        subscriptions.all(row.id) as { id: number; billing_plan_id: number; name: string; price: number; start_date: string; created_at: number; updated_at: number }[]
      ).map((s) => ({
        id: s.id,
        billing_plan_id: s.billing_plan_id,
        name: s.name,
        price: money(s.price),
        start_date: s.start_date,
        created_at: isoFromSeconds(s.created_at),
        updated_at: isoFromSeconds(s.updated_at),
      }))
      return detail
    },
    renameAccount: (accountId: number, userId: number, name: string) => renameAccount.run(name, accountId, userId).changes === 1,
    userJson,
    /** The id of the user with this e-mail (any letter case). */
    userIdByEmail: (email: string) => userByEmail.get(email) as number | undefined,
    updateUser(userId: number, email: string | undefined, passwordHash: string | undefined) {
      db.transaction(() => {
        if (email !== undefined) updateEmail.run(email, userId)
        if (passwordHash !== undefined) updatePassword.run(passwordHash, userId)
      })()
    },
  }
}

/** The account store's type. */
export type AccountStore = ReturnType<typeof createAccountStore>

/** An account row, as the store returns it. */
export type { AccountRow }
