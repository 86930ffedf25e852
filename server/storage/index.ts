import type { Config } from '../config.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { Storage } from './types.js';

export type { Storage } from './types.js';

/** SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set. */
export async function openStorage(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): Promise<Storage> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openSqlite(config.DATA_DIR);
}
