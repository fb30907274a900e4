// Schema migrations: recorded once, re-opened without re-applying, newer schemas refused.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox } from '@ringplus/sandbox'
import { openDatabase } from '../src/internal/db/open-database'
import { migrations } from '../src/internal/db/migrations'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringplus-migrations-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migrations', () => {
  it('records each migration once, and a reopened file is reused, not re-seeded', async () => {
    const file = join(dir, 'reopen.db')
    const first = await startSandbox({ db: file })
    const token = first.issueToken({ email: 'bob@example.com' })
    await first.stop()
    const db = openDatabase(file)
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(migrations.map((m) => m.version))
    db.close()
    const second = await startSandbox({ db: file, seed: 99 })
    try {
      expect(second.credentials.client_id).toBe(first.credentials.client_id)
      const answer = await fetch(`${second.url}/accounts`, { headers: { authorization: `Bearer ${token.access_token}` } })
      expect(answer.status).toBe(200)
    } finally {
      await second.stop()
    }
  })

  it('refuses a database written by a newer schema', () => {
    const file = join(dir, 'newer.db')
    const db = openDatabase(file)
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, ?)').run('future', new Date().toISOString())
    db.close()
    expect(() => openDatabase(file)).toThrow(/newer @ringplus\/sandbox/)
  })
})
