import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrations } from './migrations'

/** The better-sqlite3 connection type. */
export type Db = Database.Database

/**
 * Opens (creating when needed) the SQLite database and applies pending migrations.
 * Files use WAL with `synchronous = FULL`: a write the API acknowledged survives a crash.
 */
export function openDatabase(file: string): Db {
  const memory = file === ':memory:' || file === ''
  if (!memory) mkdirSync(dirname(file), { recursive: true })
  const db = new Database(memory ? ':memory:' : file)
  if (!memory) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
  }
  db.pragma('foreign_keys = ON')
  migrate(db)
  return db
}

/** Applies every migration not yet recorded in `schema_migrations`, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  )
  const newest = migrations.at(-1)?.version ?? 0
  for (const version of applied) {
    if (version > newest) {
      throw new Error(`This database was written by a newer @ringplus/sandbox (schema version ${version}); use a new --db file`)
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    })()
  }
}
