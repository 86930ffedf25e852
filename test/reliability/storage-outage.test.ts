/**
 * Issue 18, point 8: a storage outage answers `unavailable` (503), never `internal`; a start whose database is
 * not there yet listens, says 503 on /readyz, retries, and serves once the database answers; a database that
 * never comes ends the start with one line naming DATABASE_URL. Real PostgreSQL behind a TCP relay that the
 * test cuts and restores.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { openPostgres } from '../../server/storage/postgres.js';
import { type Spawned, spawnCli, waitForPort } from '../helpers/spawn-server.js';
import { retarget, type TcpProxy, tcpProxy } from '../helpers/tcp-proxy.js';
import { tempDir } from '../helpers/temp-dir.js';
import { listen, testApp } from '../helpers/test-app.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('skipping storage outage tests: TEST_DATABASE_URL is not set');

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function freshSchema(url: string): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  cleanups.push(async () => {
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await a.end();
  });
  return schema;
}

async function relay(url: string, port = 0): Promise<{ proxy: TcpProxy; url: string }> {
  const { target } = retarget(url, 0);
  const proxy = await tcpProxy(target, port);
  cleanups.push(() => proxy.close());
  return { proxy, url: retarget(url, proxy.port).url };
}

// biome-ignore lint/suspicious/noExplicitAny: the test reads a few fields of a JSON answer
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

describe.skipIf(!pgUrl)('PostgreSQL cut and restored under a running server', () => {
  it('answers unavailable (503) on turns, reads, starts and logins, and serves again after', async () => {
    const url = pgUrl ?? '';
    const schema = await freshSchema(url);
    const { proxy, url: relayed } = await relay(url);
    const storage = await openPostgres(relayed, { schema });
    cleanups.push(() => storage.close());
    const t = await testApp({}, { storage });
    cleanups.push(() => t.close());
    const base = await listen(t.app);
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      }).then(json);
    const started = await post('/api/sessions', { caseId: 'daily-walk', lang: 'en', seed: 2 });
    expect(started.status).toBe(201);
    const { id, token } = started.body;
    expect((await post(`/api/sessions/${id}/turns`, { text: 'What brings you here?' }, token)).status).toBe(
      200,
    );

    await proxy.cut();
    const during = [
      await post(`/api/sessions/${id}/turns`, { text: 'What would help?' }, token),
      await fetch(`${base}/api/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } }).then(json),
      await post('/api/sessions', { caseId: 'daily-walk', lang: 'en' }),
      await post('/api/auth/login', { email: 'someone@example.org', password: 'a long password 1' }),
    ];
    for (const answer of during) {
      expect(answer.status).toBe(503);
      expect(answer.body.error.code).toBe('unavailable');
    }
    expect((await fetch(`${base}/readyz`)).status).toBe(503);

    await proxy.restore();
    const after = await post(`/api/sessions/${id}/turns`, { text: 'What would help?' }, token);
    expect(after.status).toBe(200);
    expect(after.body.turn.turn).toBe(2);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});

describe.skipIf(!pgUrl)('a start whose database is not there', () => {
  function serve(databaseUrl: string, timeoutS: number): Spawned {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const server = spawnCli(
      ['serve'],
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        STORAGE_START_TIMEOUT_S: String(timeoutS),
        CASES_DIR: join(projectRoot(), 'test', 'fixtures', 'cases'),
      },
      dir.path,
    );
    cleanups.push(() => server.child.kill('SIGKILL'));
    return server;
  }

  it('listens with /readyz 503, retries, and serves once the database answers', async () => {
    const url = pgUrl ?? '';
    const schema = await freshSchema(url);
    const { proxy, url: relayed } = await relay(url);
    await proxy.cut();
    const withSchema = `${relayed}${relayed.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const server = serve(withSchema, 30);
    const port = await waitForPort(server);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    const early = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: 'daily-walk', lang: 'en' }),
    }).then(json);
    expect(early.status).toBe(503);
    expect(early.body.error.code).toBe('unavailable');
    expect(server.output()).toMatch(/DATABASE_URL is not reachable yet; retrying/);

    await proxy.restore();
    let ready = 503;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ready = (await fetch(`${base}/readyz`)).status;
    }
    expect(ready).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });

  it('gives up after STORAGE_START_TIMEOUT_S with one line naming DATABASE_URL and exit code 1', async () => {
    const { proxy, url: relayed } = await relay(pgUrl ?? '');
    await proxy.cut();
    const server = serve(relayed, 1);
    const { code } = await server.exited;
    expect(code).toBe(1);
    await new Promise((r) => setTimeout(r, 200)); // stderr may arrive after the exit event
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('changetalk:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^changetalk: could not start: cannot reach the database at DATABASE_URL \(postgres:\/\/.*\) after 1 s: /,
    );
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});
