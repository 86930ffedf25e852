import type pg from 'pg';
import type { AccountStore, Role, StoredLoginSession, StoredUser } from '../domain/ports/accounts.js';
import { clearLoginAttemptsSql, countLoginAttemptSql, type Param } from './login-attempts-sql.js';
import { isUniqueViolation } from './sqlite-accounts.js';

const param: Param = (n, type) =>
  type === 'timestamp' ? `$${n}::timestamptz` : type ? `$${n}::${type}` : `$${n}`;
const COUNT_ATTEMPT = countLoginAttemptSql(param);
const CLEAR_ATTEMPTS = clearLoginAttemptsSql(param);

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: Date;
  failed_logins: number;
  locked_until: Date | null;
}

interface LoginRow {
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
}

const toUser = (r: UserRow): StoredUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  createdAt: r.created_at.toISOString(),
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until ? r.locked_until.toISOString() : null,
});

const toLogin = (r: LoginRow): StoredLoginSession => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
});

export function postgresAccountStore(pool: pg.Pool): AccountStore {
  return {
    async countUsers() {
      const { rows } = await pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM users');
      return Number(rows[0]?.n ?? 0);
    },
    async createUser(u) {
      try {
        await pool.query(
          `INSERT INTO users (id, email, name, role, password_hash, created_at, failed_logins, locked_until)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt, u.failedLogins, u.lockedUntil],
        );
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },
    async createFirstUser(u) {
      // Under READ COMMITTED two "INSERT … WHERE NOT EXISTS" can both see no users; the table lock (which
      // readers pass) makes concurrent setups take turns, so the second one sees the first one's admin.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
        const res = await client.query(
          `INSERT INTO users (id, email, name, role, password_hash, created_at, failed_logins, locked_until)
           SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE NOT EXISTS (SELECT 1 FROM users)`,
          [u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt, u.failedLogins, u.lockedUntil],
        );
        await client.query('COMMIT');
        return res.rowCount === 1;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async getUser(id) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },
    async getUserByEmail(email) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE email = $1', [email]);
      return rows[0] ? toUser(rows[0]) : null;
    },
    async listUsers() {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users ORDER BY created_at, email');
      return rows.map(toUser);
    },
    async setLoginFailures(id, failedLogins, lockedUntil) {
      await pool.query('UPDATE users SET failed_logins = $1, locked_until = $2 WHERE id = $3', [
        failedLogins,
        lockedUntil,
        id,
      ]);
    },
    async countLoginAttempt({ email, address }, nowIso, lock) {
      const { rows } = await pool.query<{ attempts: number; locked_until: Date | null }>(COUNT_ATTEMPT, [
        email,
        address,
        nowIso,
        lock.at,
        lock.until,
      ]);
      const row = rows[0];
      if (!row) throw new Error('login attempt upsert returned no row');
      return { attempts: row.attempts, lockedUntil: row.locked_until?.toISOString() ?? null };
    },
    async clearLoginAttempts({ email, address }) {
      await pool.query(CLEAR_ATTEMPTS, [email, address]);
    },
    async createLoginSession(s) {
      await pool.query(
        'INSERT INTO login_sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [s.tokenHash, s.userId, s.createdAt, s.expiresAt],
      );
    },
    async getLoginSession(tokenHash) {
      const { rows } = await pool.query<LoginRow>('SELECT * FROM login_sessions WHERE token_hash = $1', [
        tokenHash,
      ]);
      return rows[0] ? toLogin(rows[0]) : null;
    },
    async deleteLoginSession(tokenHash) {
      await pool.query('DELETE FROM login_sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteExpiredLoginSessions(nowIso) {
      const res = await pool.query('DELETE FROM login_sessions WHERE expires_at <= $1', [nowIso]);
      return res.rowCount ?? 0;
    },
  };
}
