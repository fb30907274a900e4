// Enforced carrier services and FluidCall credentials of a line.
import type { Db } from '../db/open-database'
import { isoFromSeconds } from '../util/time'

/** Creates the store over `db`. Callers check account ownership first. */
export function createLineExtrasStore(db: Db) {
  const services = db.prepare(
    `SELECT id, name, code, description, enforced_on FROM enforced_carrier_services WHERE account_id = ?
     ORDER BY enforced_on DESC, id DESC LIMIT ? OFFSET ?`,
  )
  const countServices = db.prepare('SELECT COUNT(*) FROM enforced_carrier_services WHERE account_id = ?').pluck()
  const credentials = db.prepare(
    `SELECT * FROM fluidcall_credentials WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
  )
  const countCredentials = db.prepare('SELECT COUNT(*) FROM fluidcall_credentials WHERE account_id = ?').pluck()

  return {
    carrierServices(accountId: number, limit: number, offset: number) {
      return {
        total: countServices.get(accountId) as number,
        items: (services.all(accountId, limit, offset) as { enforced_on: number }[]).map((s) => ({
          ...s,
          enforced_on: isoFromSeconds(s.enforced_on),
        })),
      }
    },
    fluidCallCredentials(accountId: number, limit: number, offset: number) {
      return {
        total: countCredentials.get(accountId) as number,
        items: (credentials.all(accountId, limit, offset) as { created_at: number; updated_at: number }[]).map((c) => ({
          ...c,
          created_at: isoFromSeconds(c.created_at),
          updated_at: isoFromSeconds(c.updated_at),
        })),
      }
    },
  }
}

/** The store's type. */
export type LineExtrasStore = ReturnType<typeof createLineExtrasStore>
