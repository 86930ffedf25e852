import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('health and readiness', () => {
  it('answers /healthz and /readyz on SQLite', async () => {
    const t = await testApp();
    close = t.close;
    const health = await t.app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', storage: 'sqlite' });
  });

  it('says 503 on /readyz when storage is gone, while /healthz still answers', async () => {
    const t = await testApp();
    close = t.close;
    await t.app.storage.close();
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(503);
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('sends security headers and a request id', async () => {
    const t = await testApp();
    close = t.close;
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers unknown API routes with a JSON error from the closed vocabulary', async () => {
    const t = await testApp();
    close = t.close;
    const res = await t.app.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('redacts credentials in request logs', async () => {
    let logs = '';
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        logs += chunk;
        cb();
      },
    });
    const t = await testApp({ LOG_LEVEL: 'debug' }, { logStream });
    close = t.close;
    await t.app.inject({
      url: '/api/not-here',
      headers: { authorization: 'Bearer top-secret-token', cookie: 'sid=secret-cookie' },
    });
    t.app.log.info({ apiKey: 'sk-leak' }, 'config');
    t.app.log.info({ req: { headers: { authorization: 'Bearer top-secret-token' } } }, 'custom');
    expect(logs).toContain('reqId');
    expect(logs).not.toContain('top-secret-token');
    expect(logs).not.toContain('secret-cookie');
    expect(logs).not.toContain('sk-leak');
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('readiness on PostgreSQL (TEST_DATABASE_URL)', () => {
  it('answers /readyz with postgres', async () => {
    const t = await testApp({ DATABASE_URL: process.env.TEST_DATABASE_URL ?? '' });
    close = t.close;
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.json()).toEqual({ status: 'ready', storage: 'postgres' });
  });
});
if (!process.env.TEST_DATABASE_URL)
  console.warn('skipping PostgreSQL readiness: TEST_DATABASE_URL is not set');
