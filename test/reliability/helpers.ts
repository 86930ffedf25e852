/** A real app listening on port 0 over each storage under test, and HTTP from a chosen loopback address. */
import { request } from 'node:http';
import type { StorageUnderTest } from '../helpers/storages.js';
import { listen, testApp } from '../helpers/test-app.js';

export type Served = Awaited<ReturnType<typeof testApp>> & { base: string; close: () => Promise<void> };

/** The app over `store`'s storage, listening; close() stops both. */
export async function serveOn(
  store: StorageUnderTest,
  opts: Parameters<typeof testApp>[1] = {},
): Promise<Served> {
  const { storage, cleanup } = await store.open();
  const t = await testApp({}, { storage, ...opts });
  const base = await listen(t.app);
  return {
    ...t,
    base,
    async close() {
      await t.close();
      await cleanup();
    },
  };
}

export interface Answer {
  status: number;
  body: string;
  ms: number;
  json: () => { error?: { code: string; message: string; details?: unknown } } & Record<string, unknown>;
}

/**
 * One JSON request over a fresh connection. `from` binds the client end to another loopback address
 * (127.0.0.0/8 is all loopback on Linux), so the server sees a second client address without trusting a proxy.
 */
export function send(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  from = '127.0.0.1',
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        localAddress: from,
        agent: false,
        headers: payload ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            ms: performance.now() - started,
            json: () => JSON.parse(text),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
