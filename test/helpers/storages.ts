import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../server/storage/postgres.js';
import { openSqlite } from '../../server/storage/sqlite.js';
import type { Storage } from '../../server/storage/types.js';
import { tempDir } from './temp-dir.js';

export interface StorageUnderTest {
  name: string;
  open: () => Promise<{ storage: Storage; cleanup: () => Promise<void> }>;
}

/** SQLite always; PostgreSQL in a schema of its own when TEST_DATABASE_URL is set. */
export function storagesUnderTest(): StorageUnderTest[] {
  const list: StorageUnderTest[] = [
    {
      name: 'sqlite',
      open: async () => {
        const dir = tempDir();
        const storage = openSqlite(dir.path);
        return {
          storage,
          cleanup: async () => {
            await storage.close();
            dir.remove();
          },
        };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    list.push({
      name: 'postgres',
      open: async () => {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const storage = await openPostgres(url, { schema });
        return {
          storage,
          cleanup: async () => {
            await storage.close();
            const admin = new pg.Client({ connectionString: url });
            await admin.connect();
            await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
            await admin.end();
          },
        };
      },
    });
  } else {
    console.warn('skipping PostgreSQL storage tests: TEST_DATABASE_URL is not set');
  }
  return list;
}
