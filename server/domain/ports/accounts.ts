/**
 * The storage port for instructor accounts and their login sessions. Passwords and session tokens are only
 * ever stored as hashes; the application (server/auth/) does the hashing.
 */
export type Role = 'instructor' | 'admin';

export interface StoredUser {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash` (see server/auth/password.ts). */
  passwordHash: string;
  /** ISO 8601. */
  createdAt: string;
  /** Failed logins since the last success or lockout. */
  failedLogins: number;
  /** ISO 8601 while the account is locked after too many failed logins. */
  lockedUntil: string | null;
}

export interface StoredLoginSession {
  /** sha256 of the cookie value, hex. */
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** Whose login attempts are counted: an email (known or not) from one client address. */
export interface LoginAttemptKey {
  email: string;
  address: string;
}

export interface LoginAttempt {
  /** This attempt's number since the last success or the end of the last lock. */
  attempts: number;
  /** ISO 8601 while locked. */
  lockedUntil: string | null;
}

export interface AccountStore {
  countUsers(): Promise<number>;
  /** Returns false when the email is taken. */
  createUser(user: StoredUser): Promise<boolean>;
  /** First-run setup: inserts `user` only if there are no users at all, atomically; false when there are. */
  createFirstUser(user: StoredUser): Promise<boolean>;
  getUser(id: string): Promise<StoredUser | null>;
  getUserByEmail(email: string): Promise<StoredUser | null>;
  listUsers(): Promise<StoredUser[]>;
  /** Records the outcome of a login attempt. */
  setLoginFailures(id: string, failedLogins: number, lockedUntil: string | null): Promise<void>;
  /**
   * Counts one login attempt, before its password is checked, in one atomic statement: concurrent attempts
   * get distinct numbers. An expired lock starts the count again at 1; the attempt numbered `lock.at` sets
   * the lock to `lock.until`.
   */
  countLoginAttempt(
    key: LoginAttemptKey,
    nowIso: string,
    lock: { at: number; until: string },
  ): Promise<LoginAttempt>;
  /** After a successful login: the count of that email and address starts again. */
  clearLoginAttempts(key: LoginAttemptKey): Promise<void>;
  createLoginSession(session: StoredLoginSession): Promise<void>;
  getLoginSession(tokenHash: string): Promise<StoredLoginSession | null>;
  deleteLoginSession(tokenHash: string): Promise<void>;
  /** Deletes expired login sessions; returns how many. */
  deleteExpiredLoginSessions(nowIso: string): Promise<number>;
}
