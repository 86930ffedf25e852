import type { Migration } from './types.js';

/** Append only: a released migration is never edited, a change is a new version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'meta',
    sqlite: `CREATE TABLE IF NOT EXISTS app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    postgres: `CREATE TABLE IF NOT EXISTS app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  },
  {
    version: 2,
    name: 'sessions',
    sqlite: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT,
        lang TEXT NOT NULL,
        preset TEXT,
        engine TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ended INTEGER NOT NULL DEFAULT 0,
        turn_count INTEGER NOT NULL DEFAULT 0,
        snapshot TEXT NOT NULL
      );
      CREATE INDEX sessions_created_at ON sessions (created_at);
      CREATE TABLE session_turns (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (session_id, turn)
      );`,
    postgres: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT,
        lang TEXT NOT NULL,
        preset TEXT,
        engine TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        ended BOOLEAN NOT NULL DEFAULT FALSE,
        turn_count INTEGER NOT NULL DEFAULT 0,
        snapshot JSONB NOT NULL
      );
      CREATE INDEX sessions_created_at ON sessions (created_at);
      CREATE TABLE session_turns (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        data JSONB NOT NULL,
        PRIMARY KEY (session_id, turn)
      );`,
  },
];
