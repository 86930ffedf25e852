/**
 * Issue 18, point 4: live rooms are shared between server processes through Redis. Two real server processes
 * (the CLI, spawned twice) on one PostgreSQL schema and one Redis key prefix: any process serves any room.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { type Spawned, spawnCli, waitForPort } from '../helpers/spawn-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { deletePrefix, redisUrl, testPrefix } from './room-backends.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const missing = [!redisUrl && 'TEST_REDIS_URL', !databaseUrl && 'TEST_DATABASE_URL'].filter(Boolean);
if (missing.length > 0) console.warn(`skipping rooms across processes: ${missing.join(' and ')} not set`);

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** One PostgreSQL schema and one Redis prefix for this test, both removed after it. */
async function sharedEnv(): Promise<Record<string, string>> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA "${schema}"`);
  cleanups.push(() => adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  const prefix = testPrefix();
  cleanups.push(() => deletePrefix(redisUrl ?? '', prefix));
  const db = new URL(databaseUrl ?? '');
  db.searchParams.set('options', `-c search_path=${schema}`);
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: db.toString(),
    REDIS_URL: redisUrl ?? '',
    REDIS_PREFIX: prefix,
    CASES_DIR: join(projectRoot(), 'test', 'fixtures', 'cases'),
  };
}

async function startServer(env: Record<string, string>): Promise<string> {
  const dir = tempDir();
  const server: Spawned = spawnCli(['serve'], env, dir.path, { group: true });
  cleanups.push(async () => {
    server.kill();
    await server.exited;
    dir.remove();
  });
  return `http://127.0.0.1:${await waitForPort(server, 30_000)}`;
}

async function socketTo(url: string): Promise<TestSocket> {
  const s = await connectSocket(url);
  cleanups.push(() => {
    s.close();
  });
  return s;
}

async function joinRoom(url: string, code: string, name: string): Promise<TestSocket> {
  const s = await socketTo(url);
  const joined = Promise.race([
    nextEvent(s, 'room:joined'),
    nextEvent<{ code: string }>(s, 'error').then((e) => Promise.reject(new Error(`join: ${e.code}`))),
  ]);
  s.emit('room:join', { code, name });
  await joined;
  return s;
}

describe.skipIf(missing.length > 0)('live rooms across two server processes (Redis + PostgreSQL)', () => {
  it('any process serves any room: join, QR code, turns from either side, the same code on reopen', async () => {
    const env = await sharedEnv();
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);

    const presenter = await socketTo(a);
    const started = nextEvent<{ id: string; token: string }>(presenter, 'session:started');
    presenter.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 6 });
    const { id, token } = await started;
    const opened = nextEvent<{ code: string }>(presenter, 'room:opened');
    presenter.emit('room:open', { id, token });
    const { code } = await opened;

    const onB = await joinRoom(b, code, 'Bea');
    const onA = await joinRoom(a, code, 'Ari');
    const qr = await fetch(`${b}/api/rooms/${code}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(await qr.text()).toMatch(/^<svg/);

    // A turn through the presenter's socket on A reaches the students on both processes.
    const first = [onA, onB].map((s) => nextEvent<{ turn: number }>(s, 'room:turn', 10_000));
    presenter.emit('turn:send', { text: 'What would walking more mean for you?' });
    expect((await Promise.all(first)).map((t) => t.turn)).toEqual([1, 1]);

    // A turn over HTTP on B reaches them too (the turn listener runs on B).
    const second = [onA, onB].map((s) => nextEvent<{ turn: number }>(s, 'room:turn', 10_000));
    const res = await fetch(`${b}/api/sessions/${id}/turns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'You want more energy in your day.' }),
    });
    expect(res.status).toBe(200);
    expect((await Promise.all(second)).map((t) => t.turn)).toEqual([2, 2]);

    // The presenter comes back on B: the same room, not a new code.
    presenter.close();
    const again = await socketTo(b);
    const reopened = nextEvent<{ code: string; room: { participants: number } }>(again, 'room:opened');
    again.emit('room:open', { id, token });
    const back = await reopened;
    expect(back.code).toBe(code);
    expect(back.room.participants).toBe(2);
  });
});
