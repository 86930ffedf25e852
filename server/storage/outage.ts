/**
 * Telling a storage outage (the database is down, restarting, unreachable, or the file is locked) from a bug,
 * once for both engines, so both transports answer `unavailable` (503) instead of `internal` (500).
 */
import { StorageUnavailableError } from '../domain/ports/storage-errors.js';

/** Node's socket errors on the way to a database server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** SQLSTATE classes and codes: 08 connection exception, 57P01–57P03 shutdown/starting, 53300 too many clients. */
const PG_OUTAGE = /^(08...|57P0[123]|53300)$/;

/** pg's own messages for a dead or slow connection (they carry no code). */
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/;

/** better-sqlite3: a locked, unreadable or full database file, or a closed handle. */
const SQLITE_OUTAGE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|PROTOCOL)/;

export function isOutage(err: unknown): boolean {
  if (err instanceof StorageUnavailableError) return true;
  if (err instanceof AggregateError) return err.errors.some(isOutage);
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || PG_OUTAGE.test(code) || SQLITE_OUTAGE.test(code))
  )
    return true;
  return PG_MESSAGES.test(err.message) || err.message === 'The database connection is not open';
}

/**
 * The store with every method's outage errors turned into StorageUnavailableError, and refused before
 * `isReady()` (a start still waiting for its database). Other errors pass unchanged: they are bugs.
 */
export function guardStore<T extends object>(store: T, isReady: () => boolean): T {
  const guarded = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function') {
      guarded[name] = value;
      continue;
    }
    guarded[name] = async (...args: unknown[]) => {
      if (!isReady()) throw new StorageUnavailableError(new Error('the database is not reachable yet'));
      try {
        return await value.apply(store, args);
      } catch (err) {
        throw isOutage(err) ? new StorageUnavailableError(err) : err;
      }
    };
  }
  return guarded as T;
}
