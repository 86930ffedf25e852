import pg from 'pg';
import { MIGRATIONS } from './migrations.js';
import { postgresAccountStore } from './postgres-accounts.js';
import { postgresHomeworkStore } from './postgres-homework.js';
import { postgresSessionStore } from './postgres-sessions.js';
import type { Storage } from './types.js';

export interface PostgresStorage extends Storage {
  readonly kind: 'postgres';
  readonly pool: pg.Pool;
}

/** Several server processes may start at once: an advisory lock makes one of them migrate. */
const MIGRATION_LOCK_ID = 7_211_337;

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.postgres);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    client.release();
  }
}

export interface PostgresOptions {
  /** A schema to use instead of public (tests give each run its own). */
  schema?: string;
}

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<PostgresStorage> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
  await migrate(pool);
  return {
    kind: 'postgres',
    pool,
    sessions: postgresSessionStore(pool),
    accounts: postgresAccountStore(pool),
    homework: postgresHomeworkStore(pool),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
