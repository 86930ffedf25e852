/**
 * Instructor accounts: creating users, logging in with lockout, and the login sessions behind the cookie.
 * HTTP and the CLI call this; it knows nothing of either.
 */
import { randomUUID } from 'node:crypto';
import type { AccountStore, Role, StoredUser } from '../domain/ports/accounts.js';
import { AppError } from '../protocol/errors.js';
import { hashToken, newToken } from '../sessions/tokens.js';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password.js';

/** After this many failed logins in a row for one email from one address, that pair is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** How long a login lasts. */
export const LOGIN_SESSION_HOURS = 12;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export interface LoggedIn {
  user: PublicUser;
  /** The cookie value; only its hash is stored. */
  token: string;
  expiresAt: string;
}

export const publicUser = (u: StoredUser): PublicUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  createdAt: u.createdAt,
});

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export class AccountService {
  private readonly now: () => Date;

  constructor(
    private readonly store: AccountStore,
    opts: { now?: () => Date } = {},
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  async hasUsers(): Promise<boolean> {
    return (await this.store.countUsers()) > 0;
  }

  async createUser(input: NewUser): Promise<PublicUser> {
    const user = await this.newUser(input);
    if (!(await this.store.createUser(user)))
      throw new AppError('conflict', `there is already a user ${user.email}`);
    return publicUser(user);
  }

  /** First-run setup: creates an admin only while there are no users at all, however many try at once. */
  async setup(input: Omit<NewUser, 'role'>): Promise<PublicUser> {
    const done = () => new AppError('conflict', 'setup is done: log in, or ask an admin for an account');
    // Spares the password hash once set up; the store's atomic insert is what decides.
    if (await this.hasUsers()) throw done();
    const user = await this.newUser({ ...input, role: 'admin' });
    if (!(await this.store.createFirstUser(user))) throw done();
    return publicUser(user);
  }

  /** Checks the input and hashes the password. */
  private async newUser(input: NewUser): Promise<StoredUser> {
    const problem = passwordProblem(input.password);
    if (problem) throw new AppError('bad_request', problem);
    const email = normaliseEmail(input.email);
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      throw new AppError('bad_request', `"${input.email}" is not an email address`);
    const name = input.name.trim();
    if (!name) throw new AppError('bad_request', 'a name is needed');
    return {
      id: randomUUID(),
      email,
      name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      createdAt: this.now().toISOString(),
      failedLogins: 0,
      lockedUntil: null,
    };
  }

  async listUsers(): Promise<PublicUser[]> {
    return (await this.store.listUsers()).map(publicUser);
  }

  /**
   * Logs in, counting attempts per email and client address: each attempt is counted before its password is
   * checked, so however many arrive at once at most MAX_FAILED_LOGINS passwords are ever checked before the
   * lock; and a flood from one address locks only that address. An unknown email is counted and locked the
   * same way and every attempt checks one hash, so the answers say nothing about which emails have accounts.
   */
  async login(email: string, password: string, address: string): Promise<LoggedIn> {
    const key = { email: normaliseEmail(email), address };
    const now = this.now();
    const lockUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
    const user = await this.store.getUserByEmail(key.email);
    const attempt = await this.store.countLoginAttempt(key, now.toISOString(), {
      at: MAX_FAILED_LOGINS,
      until: lockUntil,
    });
    const checkable = user !== null && attempt.attempts <= MAX_FAILED_LOGINS;
    const right = await verifyPassword(password, checkable ? user.passwordHash : await dummyHash());
    if (checkable && right) {
      await this.store.clearLoginAttempts(key);
      return this.startLogin(user);
    }
    if (attempt.attempts >= MAX_FAILED_LOGINS) throw lockedError(attempt.lockedUntil ?? lockUntil, now);
    throw new AppError('unauthorized', 'the email or the password is wrong');
  }

  async startLogin(user: StoredUser | PublicUser): Promise<LoggedIn> {
    const token = newToken();
    const now = this.now();
    const expiresAt = new Date(now.getTime() + LOGIN_SESSION_HOURS * 3_600_000).toISOString();
    await this.store.createLoginSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt,
    });
    const stored = 'passwordHash' in user ? publicUser(user) : user;
    return { user: stored, token, expiresAt };
  }

  /** The user a cookie value belongs to, or null for a missing, forged or expired one. */
  async userOf(token: string | undefined): Promise<PublicUser | null> {
    if (!token || token.length > 200) return null;
    const session = await this.store.getLoginSession(hashToken(token));
    if (!session) return null;
    if (new Date(session.expiresAt) <= this.now()) {
      await this.store.deleteLoginSession(session.tokenHash);
      return null;
    }
    const user = await this.store.getUser(session.userId);
    return user ? publicUser(user) : null;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteLoginSession(hashToken(token));
  }

  async purgeExpiredLogins(): Promise<number> {
    return this.store.deleteExpiredLoginSessions(this.now().toISOString());
  }
}

/** The same for a known and an unknown email (no details that differ between them). */
function lockedError(until: string, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((new Date(until).getTime() - now.getTime()) / 60_000));
  return new AppError(
    'rate_limited',
    `too many failed logins: logging in with this email from your address is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; try again later or ask an admin`,
  );
}
