import pg from 'pg';
import { StorageUnavailableError } from '../domain/ports/storage-errors.js';
import { MIGRATIONS } from './migrations.js';
import { guardStore, isOutage } from './outage.js';
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
  /** How long a start keeps trying to reach the database (default 0: one try). */
  startTimeoutMs?: number;
  /** Told of each failed try that will be retried, and when. */
  onRetry?: (err: unknown, delayMs: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Schema and migrations, tried again with backoff while the database is unreachable, up to the deadline. */
async function prepare(pool: pg.Pool, opts: PostgresOptions): Promise<void> {
  const deadline = Date.now() + (opts.startTimeoutMs ?? 0);
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
      await migrate(pool);
      return;
    } catch (err) {
      if (!isOutage(err) || Date.now() + delay > deadline) throw err;
      opts.onRetry?.(err, delay);
      await sleep(delay);
    }
  }
}

/**
 * The storage at once, with `ready` settling when the database answered and is migrated: the server can listen
 * (and say 503 on /readyz) while a database that starts after it comes up.
 */
export function connectPostgres(url: string, opts: PostgresOptions = {}): PostgresStorage {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  let isReady = false;
  const ready = prepare(pool, opts).then(() => {
    isReady = true;
  });
  // Whoever starts the server awaits `ready`; until then a failure must not count as unhandled.
  ready.catch(() => {});
  const ok = () => isReady;
  return {
    kind: 'postgres',
    pool,
    ready,
    sessions: guardStore(postgresSessionStore(pool), ok),
    accounts: guardStore(postgresAccountStore(pool), ok),
    homework: guardStore(postgresHomeworkStore(pool), ok),
    async ping() {
      if (!isReady) throw new StorageUnavailableError(new Error('the database is not reachable yet'));
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<PostgresStorage> {
  const storage = connectPostgres(url, opts);
  await storage.ready;
  return storage;
}
