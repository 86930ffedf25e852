import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { guardStore } from './outage.js';
import { sqliteAccountStore } from './sqlite-accounts.js';
import { sqliteHomeworkStore } from './sqlite-homework.js';
import { sqliteSessionStore } from './sqlite-sessions.js';
import type { Storage } from './types.js';

export const SQLITE_FILE = 'changetalk.db';

export interface SqliteStorage extends Storage {
  readonly kind: 'sqlite';
  readonly db: Database.Database;
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => (r as { version: number }).version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sqlite);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
}

export function openSqlite(dataDir: string): SqliteStorage {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE));
  // WAL: readers never block the writer, and a crash loses nothing that was committed.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  const ok = () => true;
  return {
    kind: 'sqlite',
    db,
    ready: Promise.resolve(),
    sessions: guardStore(sqliteSessionStore(db), ok),
    accounts: guardStore(sqliteAccountStore(db), ok),
    homework: guardStore(sqliteHomeworkStore(db), ok),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
