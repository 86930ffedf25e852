import type { Config } from '../config.js';
import { connectPostgres, openPostgres, type PostgresOptions } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { Storage } from './types.js';

export type { Storage } from './types.js';

/** SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set. Resolves when it is ready. */
export async function openStorage(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): Promise<Storage> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openSqlite(config.DATA_DIR);
}

/**
 * The storage without waiting for it: PostgreSQL keeps trying for STORAGE_START_TIMEOUT_S while the server
 * already listens; `ready` says when (or that it never came).
 */
export function connectStorage(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL' | 'STORAGE_START_TIMEOUT_S'>,
  onRetry?: PostgresOptions['onRetry'],
): Storage {
  if (!config.DATABASE_URL) return openSqlite(config.DATA_DIR);
  return connectPostgres(config.DATABASE_URL, {
    startTimeoutMs: config.STORAGE_START_TIMEOUT_S * 1000,
    ...(onRetry ? { onRetry } : {}),
  });
}
