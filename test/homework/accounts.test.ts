/** Logins: lockout after repeated failures with a clear message, rate limiting, passwords, login expiry. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/password.js';
import {
  AccountService,
  LOCKOUT_MINUTES,
  LOGIN_SESSION_HOURS,
  MAX_FAILED_LOGINS,
} from '../../server/auth/service.js';
import { AUTH_RATE_LIMITS } from '../../server/http/accounts.js';
import { openSqlite } from '../../server/storage/sqlite.js';
import type { Storage } from '../../server/storage/types.js';
import { tempDir } from '../helpers/temp-dir.js';
import { testApp } from '../helpers/test-app.js';
import { createInstructor, PASSWORD } from './helpers.js';

describe('passwords', () => {
  it('hashes with scrypt and a salt of its own per hash', async () => {
    const a = await hashPassword('same password here');
    const b = await hashPassword('same password here');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password herE', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('login lockout over HTTP', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => t.close());

  const login = (password: string, email = 'ina@example.org') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it(`locks an account after ${MAX_FAILED_LOGINS} failures, with a message that says so`, async () => {
    await createInstructor(t.app, 'ina@example.org', 'Ina');
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const res = await login('wrong password!');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('the email or the password is wrong');
    }
    const locked = await login('wrong password!');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(new RegExp(`locked for ${LOCKOUT_MINUTES} more minutes`));
    // Even the right password is refused while locked, and no cookie is set.
    const right = await login(PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.cookies.find((c) => c.name === 'changetalk_login')).toBeUndefined();
    expect(MAX_FAILED_LOGINS + 1).toBeLessThan(AUTH_RATE_LIMITS.loginsPerMinute);
  });

  it('answers an unknown email like a wrong password', async () => {
    const res = await login('whatever password', 'nobody@example.org');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('the email or the password is wrong');
  });

  it(`rate-limits logins per address (${AUTH_RATE_LIMITS.loginsPerMinute} a minute)`, async () => {
    const codes: number[] = [];
    for (let i = 0; i <= AUTH_RATE_LIMITS.loginsPerMinute; i++)
      codes.push((await login('x', `u${i}@example.org`)).statusCode);
    expect(codes.slice(0, -1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('account service with a clock', () => {
  const ADDRESS = '192.0.2.1';
  let storage: Storage;
  let remove: () => void;
  let now: Date;
  let accounts: AccountService;
  beforeEach(async () => {
    const dir = tempDir();
    remove = dir.remove;
    storage = openSqlite(dir.path);
    now = new Date('2026-03-01T09:00:00.000Z');
    accounts = new AccountService(storage.accounts, { now: () => now });
    await accounts.createUser({
      email: 'ina@example.org',
      name: 'Ina',
      password: PASSWORD,
      role: 'instructor',
    });
  });
  afterEach(async () => {
    await storage.close();
    remove();
  });

  it('unlocks after the lockout and resets the count on success', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await accounts.login('ina@example.org', 'nope', ADDRESS).catch(() => {});
    await expect(accounts.login('ina@example.org', PASSWORD, ADDRESS)).rejects.toMatchObject({
      code: 'rate_limited',
    });
    now = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000 + 1000);
    const ok = await accounts.login('ina@example.org', PASSWORD, ADDRESS);
    expect(ok.user.email).toBe('ina@example.org');
    // The success started the count again: MAX-1 more failures do not lock.
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      await expect(accounts.login('ina@example.org', 'nope', ADDRESS)).rejects.toMatchObject({
        code: 'unauthorized',
      });
  });

  it('expires a login after its lifetime and purges it', async () => {
    const { token } = await accounts.login('ina@example.org', PASSWORD, ADDRESS);
    expect(await accounts.userOf(token)).toMatchObject({ name: 'Ina' });
    now = new Date(now.getTime() + LOGIN_SESSION_HOURS * 3_600_000 + 1);
    expect(await accounts.userOf(token)).toBeNull();
    expect(await accounts.userOf('forged')).toBeNull();
    expect(await accounts.userOf(undefined)).toBeNull();
  });

  it('refuses short passwords, bad emails and a second setup', async () => {
    await expect(
      accounts.createUser({ email: 'a@b.c', name: 'A', password: 'short', role: 'admin' }),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(
      accounts.createUser({ email: 'nope', name: 'A', password: PASSWORD, role: 'admin' }),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(
      accounts.setup({ email: 'x@example.org', name: 'X', password: PASSWORD }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
