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
  createLoginSession(session: StoredLoginSession): Promise<void>;
  getLoginSession(tokenHash: string): Promise<StoredLoginSession | null>;
  deleteLoginSession(tokenHash: string): Promise<void>;
  /** Deletes expired login sessions; returns how many. */
  deleteExpiredLoginSessions(nowIso: string): Promise<number>;
}
