/**
 * Issue 18, point 6: one per-address budget for both transports, sized for a class behind one NAT address,
 * configurable, off with RATE_LIMIT=off, and shared by every process through Redis. Real sockets, real HTTP.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { tempDir } from '../helpers/temp-dir.js';
import { listen, testApp } from '../helpers/test-app.js';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function app(env: Record<string, string> = {}, opts: Parameters<typeof testApp>[1] = {}) {
  const t = await testApp(env, opts);
  cleanups.push(t.close);
  return { t, base: await listen(t.app) };
}

async function socketAt(base: string): Promise<TestSocket> {
  const s = await connectSocket(base);
  cleanups.push(() => s.close());
  return s;
}

/** Emits `session:start` and resolves with 'started' or the error code. */
function startOver(s: TestSocket): Promise<string> {
  return new Promise((resolve) => {
    const done = (r: string) => {
      s.off('session:started', ok);
      s.off('error', bad);
      resolve(r);
    };
    const ok = () => done('started');
    const bad = (e: { code: string }) => done(e.code);
    s.on('session:started', ok);
    s.on('error', bad);
    s.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
  });
}

const startOverHttp = (base: string) =>
  fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ caseId: 'daily-walk', lang: 'en' }),
  }).then((r) => r.status);

describe('per-address budgets', () => {
  it('are shared by sockets and HTTP: more sockets buy no more sessions', async () => {
    const { base } = await app({ RATE_LIMIT_STARTS_PER_MINUTE: '10' });
    const sockets = await Promise.all(Array.from({ length: 5 }, () => socketAt(base)));
    const results: string[] = [];
    for (let round = 0; round < 4; round++) for (const s of sockets) results.push(await startOver(s));
    const http = [await startOverHttp(base), await startOverHttp(base)];
    expect(results.filter((r) => r === 'started')).toHaveLength(10);
    expect(results.filter((r) => r === 'rate_limited')).toHaveLength(10);
    expect(http).toEqual([429, 429]);
  });

  it('let a class of 60 behind one address start within a minute and take turns without rate_limited', async () => {
    const { base } = await app();
    const trainees = await Promise.all(Array.from({ length: 60 }, () => socketAt(base)));
    const errors: string[] = [];
    for (const s of trainees) s.on('error', (e: { code: string }) => errors.push(e.code));
    // Half start over socket.io, half over HTTP (as from a homework link) and join with the token.
    const overSocket = trainees.slice(0, 30);
    expect(await Promise.all(overSocket.map(startOver))).toEqual(Array(30).fill('started'));
    await Promise.all(
      trainees.slice(30).map(async (s) => {
        const res = await fetch(`${base}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ caseId: 'daily-walk', lang: 'en' }),
        });
        expect(res.status).toBe(201);
        const { id, token } = (await res.json()) as { id: string; token: string };
        const joined = nextEvent(s, 'session:state');
        s.emit('session:join', { id, token });
        await joined;
      }),
    );
    // Six turns each: a minute of a turn every 10 s, sent as fast as the server answers.
    for (let turn = 1; turn <= 6; turn++) {
      await Promise.all(
        trainees.map((s) => {
          const reply = nextEvent(s, 'turn:reply', 15_000);
          s.emit('turn:send', { text: `What would a good week look like for you, part ${turn}?`, turn });
          return reply;
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  it('are off with RATE_LIMIT=off', async () => {
    const { base } = await app({ RATE_LIMIT: 'off', RATE_LIMIT_STARTS_PER_MINUTE: '3' });
    const codes = [];
    for (let i = 0; i < 10; i++) codes.push(await startOverHttp(base));
    expect(codes).toEqual(Array(10).fill(201));
  });

  const redisUrl = process.env.TEST_REDIS_URL;
  it.skipIf(!redisUrl)('are one budget for every process sharing Redis (TEST_REDIS_URL)', async () => {
    const prefix = `changetalk-test-${randomBytes(4).toString('hex')}`;
    cleanups.push(async () => {
      const r = new Redis(redisUrl ?? '');
      const keys = await r.keys(`${prefix}*`);
      if (keys.length) await r.del(...keys);
      r.disconnect();
    });
    const shared = tempDir();
    cleanups.push(shared.remove);
    const env = {
      REDIS_URL: redisUrl ?? '',
      REDIS_PREFIX: prefix,
      RATE_LIMIT_STARTS_PER_MINUTE: '4',
      DATA_DIR: shared.path,
    };
    const a = await app(env);
    const b = await app(env);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(await startOverHttp(a.base), await startOverHttp(b.base));
    expect(codes.filter((c) => c === 201)).toHaveLength(4);
    // The routes' own limits (10 logins a minute) count in the same Redis: 12 tries over two processes.
    const logins = [];
    for (let i = 0; i < 6; i++)
      for (const base of [a.base, b.base])
        logins.push(
          await fetch(`${base}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: `nobody${i}@example.org`, password: 'not the password 1' }),
          }).then((r) => r.status),
        );
    expect(logins.filter((c) => c === 429)).toHaveLength(2);
  });
});
