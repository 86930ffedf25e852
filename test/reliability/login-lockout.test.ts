/**
 * Issue 18, points 3 and 9: the login lockout counts concurrent wrong passwords atomically, answers a locked
 * account exactly like an unknown email, and locks an account only for the address the guesses came from.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FAILED_LOGINS } from '../../server/auth/service.js';
import { storagesUnderTest } from '../helpers/storages.js';
import { createInstructor, PASSWORD } from '../homework/helpers.js';
import { type Answer, type Served, send, serveOn } from './helpers.js';

const EMAIL = 'ina@example.org';
const isLock = (a: Answer) => a.status === 429 && /locked/.test(a.json().error?.message ?? '');

describe.each(storagesUnderTest())('login lockout on $name', (store) => {
  let s: Served;
  afterEach(async () => s?.close());

  const login = (email: string, password: string, from?: string) =>
    send(s.base, 'POST', '/api/auth/login', { email, password }, from);

  it('answers at most MAX-1 concurrent wrong passwords as wrong; the others are refused as locked', async () => {
    s = await serveOn(store);
    await createInstructor(s.app, EMAIL, 'Ina');
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(EMAIL, 'wrong password!')));
    const wrong = answers.filter((a) => a.status === 401).length;
    expect(answers.filter((a) => a.status === 200)).toEqual([]);
    expect(wrong).toBeLessThanOrEqual(MAX_FAILED_LOGINS - 1);
    expect(answers.filter(isLock).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses the right password after a concurrent burst of wrong ones', async () => {
    s = await serveOn(store);
    await createInstructor(s.app, EMAIL, 'Ina');
    // Nine at once stay under the per-address rate limit (10 a minute), so the tenth reaches the lockout.
    await Promise.all(Array.from({ length: 9 }, () => login(EMAIL, 'wrong password!')));
    const right = await login(EMAIL, PASSWORD);
    expect(isLock(right), right.body).toBe(true);
  });

  it('answers a locked account exactly like an unknown email', async () => {
    s = await serveOn(store);
    await createInstructor(s.app, EMAIL, 'Ina');
    // Each from an address of its own, so neither reaches the per-address rate limit.
    const tries = async (email: string, from: string) => {
      const all: Answer[] = [];
      for (let i = 0; i <= MAX_FAILED_LOGINS; i++) all.push(await login(email, 'wrong password!', from));
      return all;
    };
    const known = await tries(EMAIL, '127.0.0.2');
    const unknown = await tries('nobody@example.org', '127.0.0.3');
    expect(known.map((a) => [a.status, a.body])).toEqual(unknown.map((a) => [a.status, a.body]));
    expect(isLock(known.at(-1) as Answer)).toBe(true);
  });

  it('a lock from one address does not lock the instructor out from another', async () => {
    s = await serveOn(store);
    await createInstructor(s.app, EMAIL, 'Ina');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login(EMAIL, 'wrong password!', '127.0.0.2');
    expect(isLock(await login(EMAIL, PASSWORD, '127.0.0.2'))).toBe(true);
    const elsewhere = await login(EMAIL, PASSWORD, '127.0.0.1');
    expect(elsewhere.status, elsewhere.body).toBe(200);
  });
});
