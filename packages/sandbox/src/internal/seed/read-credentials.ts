import type { SandboxCredentials } from '../../types'
import type { Db } from '../db/open-database'
import { REDIRECT_URIS, SEED_USERS } from './seed-data'
import { seedSecrets } from './seed-world'

/** The facts `--json` prints and `startSandbox` returns, read from a seeded database. */
export function readCredentials(db: Db, url: string): SandboxCredentials {
  const seed = Number((db.prepare("SELECT value FROM meta WHERE key = 'seed'").get() as { value: string }).value)
  const secrets = seedSecrets(seed)
  const accountIds = db.prepare('SELECT id FROM accounts WHERE user_id = ? ORDER BY id').pluck()
  const users = SEED_USERS.map((seeded) => {
    const row = db.prepare('SELECT id, email FROM users WHERE id = ?').get(seeded.id) as { id: number; email: string }
    return {
      id: row.id,
      email: row.email,
      password: secrets.passwords.get(seeded.id)!,
      account_ids: accountIds.all(row.id) as number[],
    }
  })
  const credit_card_ids: Record<string, number[]> = {}
  for (const user of users) {
    credit_card_ids[String(user.id)] = db.prepare('SELECT id FROM credit_cards WHERE user_id = ? ORDER BY id').pluck().all(user.id) as number[]
  }
  return {
    url,
    client_id: secrets.client_id,
    client_secret: secrets.client_secret,
    public_client_id: secrets.public_client_id,
    redirect_uris: [...REDIRECT_URIS],
    users,
    billing_plan_ids: db.prepare('SELECT id FROM billing_plans ORDER BY id').pluck().all() as number[],
    credit_card_ids,
    lost_or_stolen_esns: db.prepare('SELECT esn FROM lost_or_stolen_esns ORDER BY esn').pluck().all() as string[],
  }
}
