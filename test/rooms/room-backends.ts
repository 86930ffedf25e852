/**
 * The two room stores under test: memory always, Redis (a key prefix of its own per test, its keys deleted
 * after) when TEST_REDIS_URL is set. Env for testApp() and a cleanup for afterEach.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const redisUrl = process.env.TEST_REDIS_URL;

export interface Backend {
  name: string;
  /** A fresh prefix per call: env for the app, and a cleanup deleting every key under it. */
  fresh: () => { env: Record<string, string>; prefix: string; cleanup: () => Promise<void> };
}

/** Deletes every key under the prefix (room state, limiter counters, the adapter's stream). */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const r = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

export const testPrefix = () => `changetalk-test-${randomBytes(5).toString('hex')}`;

export function roomBackends(): Backend[] {
  const list: Backend[] = [
    { name: 'memory', fresh: () => ({ env: {}, prefix: '', cleanup: async () => {} }) },
  ];
  const url = redisUrl;
  if (url) {
    list.push({
      name: 'redis',
      fresh: () => {
        const prefix = testPrefix();
        return {
          env: { REDIS_URL: url, REDIS_PREFIX: prefix },
          prefix,
          cleanup: () => deletePrefix(url, prefix),
        };
      },
    });
  } else {
    console.warn('skipping the Redis room store: TEST_REDIS_URL is not set');
  }
  return list;
}
