/**
 * DATA_RETENTION_DAYS: anonymous sessions (practice and analyses) older than that are deleted, at start and
 * once a day. Submitted work is not touched: a submission holds its own copy of the transcript.
 */
import type { FastifyBaseLogger } from 'fastify';
import { isOutage } from '../storage/outage.js';
import type { Storage } from '../storage/types.js';

export const RETENTION_INTERVAL_MS = 24 * 3_600_000;

export interface Purged {
  sessions: number;
  starts: number;
  logins: number;
}

export async function purgeOldData(
  storage: Storage,
  retentionDays: number | undefined,
  now = new Date(),
): Promise<Purged> {
  const logins = await storage.accounts.deleteExpiredLoginSessions(now.toISOString());
  if (!retentionDays) return { sessions: 0, starts: 0, logins };
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const sessions = await storage.sessions.deleteOlderThan(cutoff);
  const starts = await storage.homework.deleteStartsOlderThan(cutoff);
  return { sessions, starts, logins };
}

/** Runs the purge now and daily; the timer never keeps the process alive. Stop waits for a running purge. */
export function scheduleRetention(
  storage: Storage,
  retentionDays: number | undefined,
  log: FastifyBaseLogger,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    // A start still waiting for its database purges once the database answers (if it ever does).
    running = storage.ready
      .then(() => purgeOldData(storage, retentionDays))
      .then(
        (n) => {
          if (n.sessions + n.starts + n.logins > 0) log.info({ purged: n, retentionDays }, 'old data purged');
        },
        (err: unknown) =>
          isOutage(err)
            ? log.warn({ reason: String(err) }, 'retention purge skipped: storage unavailable')
            : log.error({ err }, 'retention purge failed'),
      );
  };
  run();
  const timer = setInterval(run, RETENTION_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
