/** DATA_RETENTION_DAYS is applied when the app starts (and then daily, on an unref'd timer). */
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../server/storage/sqlite.js';
import { tempDir } from '../helpers/temp-dir.js';
import { testApp } from '../helpers/test-app.js';

const session = (id: string, createdAt: string) => ({
  id,
  tokenHash: 'ab'.repeat(32),
  kind: 'practice' as const,
  caseId: 'daily-walk',
  lang: 'en' as const,
  preset: 'ambivalent' as const,
  engine: 'embedded',
  createdAt,
  updatedAt: createdAt,
  ended: false,
  snapshot: {},
  turns: [],
});

describe('retention at start', () => {
  it.each([
    ['7', null],
    [undefined, 'kept'],
  ])('DATA_RETENTION_DAYS=%s purges old sessions at start', async (days, expected) => {
    const dir = tempDir();
    const storage = openSqlite(dir.path);
    const old = new Date(Date.now() - 30 * 86_400_000).toISOString();
    await storage.sessions.create(session('old', old));
    await storage.sessions.create(session('fresh', new Date().toISOString()));
    const t = await testApp(days ? { DATA_RETENTION_DAYS: days } : {}, { storage });
    try {
      await t.app.ready();
      await expect.poll(async () => ((await storage.sessions.get('old')) ? 'kept' : null)).toBe(expected);
      expect(await storage.sessions.get('fresh')).not.toBeNull();
    } finally {
      await t.close();
      await storage.close();
      dir.remove();
    }
  });
});
