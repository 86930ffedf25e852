/**
 * Issue 18, point 2: a forged X-Forwarded-For must not choose the client's address. No proxy is trusted by
 * default; TRUST_PROXY names the ones to believe (a hop count or addresses). Real HTTP against a real app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { listen, testApp } from '../helpers/test-app.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function startsFromForgedAddresses(env: Record<string, string>, n: number) {
  const t = await testApp({ RATE_LIMIT_STARTS_PER_MINUTE: '5', ...env });
  closers.push(t.close);
  const base = await listen(t.app);
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
      body: JSON.stringify({ caseId: 'daily-walk', lang: 'en' }),
    });
    codes.push(res.status);
  }
  return codes;
}

describe('X-Forwarded-For and the per-address limits', () => {
  it('ignores a forged header by default: the limit holds', async () => {
    const codes = await startsFromForgedAddresses({}, 8);
    expect(codes.filter((c) => c === 201)).toHaveLength(5);
    expect(codes.slice(5)).toEqual([429, 429, 429]);
  });

  it('believes a proxy TRUST_PROXY names: each forwarded client has its own budget', async () => {
    const codes = await startsFromForgedAddresses({ TRUST_PROXY: '127.0.0.1' }, 8);
    expect(codes).toEqual(Array(8).fill(201));
  });

  it('takes a hop count', async () => {
    const codes = await startsFromForgedAddresses({ TRUST_PROXY: '1' }, 8);
    expect(codes).toEqual(Array(8).fill(201));
  });

  it('logs the peer, not the forged address', async () => {
    let logs = '';
    const { Writable } = await import('node:stream');
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        logs += chunk;
        cb();
      },
    });
    const t = await testApp({ LOG_LEVEL: 'info' }, { logStream });
    closers.push(t.close);
    const base = await listen(t.app);
    await fetch(`${base}/api/cases`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(logs).toContain('"remoteAddress":"127.0.0.1"');
    expect(logs).not.toContain('198.51.100.7"');
  });
});

describe('TRUST_PROXY', () => {
  it.each([['true'], ['not an address'], ['10.0.0.1, 999.1.1.1']])('refuses %s naming the variable', (v) => {
    expect(() => loadConfig({ TRUST_PROXY: v })).toThrowError(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: v })).toThrowError(/^invalid configuration: TRUST_PROXY /);
  });

  it('reads hop counts and address lists', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toEqual({ hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16, loopback' }).TRUST_PROXY).toEqual({
      addresses: ['10.0.0.1', '10.1.0.0/16', 'loopback'],
    });
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
  });
});
