/**
 * The login-attempt upsert, one text for SQLite and PostgreSQL (both have ON CONFLICT … RETURNING); only the
 * parameter markers differ, given by `p(n, type)`. Parameters: 1 email, 2 address, 3 now, 4 the attempt number
 * that locks, 5 the lock's end. In DO UPDATE, `login_attempts.*` columns are the row's old values.
 */
export type Param = (n: number, type?: 'timestamp' | 'integer') => string;

export function countLoginAttemptSql(p: Param): string {
  const now = p(3, 'timestamp');
  const expired = `login_attempts.locked_until IS NOT NULL AND login_attempts.locked_until <= ${now}`;
  const next = `CASE WHEN ${expired} THEN 1 ELSE login_attempts.attempts + 1 END`;
  return `
    INSERT INTO login_attempts (email, address, attempts, locked_until, updated_at)
    VALUES (${p(1)}, ${p(2)}, 1, CASE WHEN 1 >= ${p(4, 'integer')} THEN ${p(5, 'timestamp')} END, ${now})
    ON CONFLICT (email, address) DO UPDATE SET
      attempts = ${next},
      locked_until = CASE
        WHEN login_attempts.locked_until > ${now} THEN login_attempts.locked_until
        WHEN ${next} >= ${p(4, 'integer')} THEN ${p(5, 'timestamp')}
      END,
      updated_at = ${now}
    RETURNING attempts, locked_until`;
}

export const clearLoginAttemptsSql = (p: Param): string =>
  `DELETE FROM login_attempts WHERE email = ${p(1)} AND address = ${p(2)}`;
