import type Database from 'better-sqlite3';
import type { AccountStore, Role, StoredLoginSession, StoredUser } from '../domain/ports/accounts.js';
import { clearLoginAttemptsSql, countLoginAttemptSql } from './login-attempts-sql.js';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  failed_logins: number;
  locked_until: string | null;
}

interface LoginRow {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

const toUser = (r: UserRow): StoredUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
});

const toLogin = (r: LoginRow): StoredLoginSession => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

export function sqliteAccountStore(db: Database.Database): AccountStore {
  const count = db.prepare('SELECT COUNT(*) AS n FROM users');
  const insert = db.prepare(
    `INSERT INTO users (id, email, name, role, password_hash, created_at, failed_logins, locked_until)
     VALUES (@id, @email, @name, @role, @passwordHash, @createdAt, @failedLogins, @lockedUntil)`,
  );
  // One statement, so two setups cannot both see an empty table (SQLite runs each write alone).
  const insertFirst = db.prepare(
    `INSERT INTO users (id, email, name, role, password_hash, created_at, failed_logins, locked_until)
     SELECT @id, @email, @name, @role, @passwordHash, @createdAt, @failedLogins, @lockedUntil
     WHERE NOT EXISTS (SELECT 1 FROM users)`,
  );
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare('SELECT * FROM users WHERE email = ?');
  const all = db.prepare('SELECT * FROM users ORDER BY created_at, email');
  const failures = db.prepare('UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?');
  const countAttempt = db.prepare(countLoginAttemptSql((n) => `@p${n}`));
  const clearAttempts = db.prepare(clearLoginAttemptsSql((n) => `@p${n}`));
  const insertLogin = db.prepare(
    'INSERT INTO login_sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const loginByHash = db.prepare('SELECT * FROM login_sessions WHERE token_hash = ?');
  const removeLogin = db.prepare('DELETE FROM login_sessions WHERE token_hash = ?');
  const removeExpired = db.prepare('DELETE FROM login_sessions WHERE expires_at <= ?');

  return {
    async countUsers() {
      return (count.get() as { n: number }).n;
    },
    async createUser(user) {
      try {
        insert.run(user);
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },
    async createFirstUser(user) {
      return insertFirst.run(user).changes === 1;
    },
    async getUser(id) {
      const row = byId.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async getUserByEmail(email) {
      const row = byEmail.get(email) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async listUsers() {
      return (all.all() as UserRow[]).map(toUser);
    },
    async setLoginFailures(id, failedLogins, lockedUntil) {
      failures.run(failedLogins, lockedUntil, id);
    },
    async countLoginAttempt({ email, address }, nowIso, lock) {
      const row = countAttempt.get({ p1: email, p2: address, p3: nowIso, p4: lock.at, p5: lock.until }) as {
        attempts: number;
        locked_until: string | null;
      };
      return { attempts: row.attempts, lockedUntil: row.locked_until };
    },
    async clearLoginAttempts({ email, address }) {
      clearAttempts.run({ p1: email, p2: address });
    },
    async createLoginSession(s) {
      insertLogin.run(s.tokenHash, s.userId, s.createdAt, s.expiresAt);
    },
    async getLoginSession(tokenHash) {
      const row = loginByHash.get(tokenHash) as LoginRow | undefined;
      return row ? toLogin(row) : null;
    },
    async deleteLoginSession(tokenHash) {
      removeLogin.run(tokenHash);
    },
    async deleteExpiredLoginSessions(nowIso) {
      return removeExpired.run(nowIso).changes;
    },
  };
}
