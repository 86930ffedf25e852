/**
 * Time limits of homework sessions. The limit runs from the session's start; a turn sent after it is refused
 * with `time_up`, while what was already answered stays and can still be submitted.
 */
import { AppError } from '../protocol/errors.js';

/**
 * Slack after the limit, so a turn typed in the last seconds and delayed by the network or a slow reply is
 * still taken; the countdown in the browser shows the limit without it.
 */
export const TIME_LIMIT_GRACE_MS = 15_000;

/** The time limit in minutes of the assignment a session was started from; null when it has none. */
export type TimeLimitOf = (sessionId: string) => Promise<number | null>;

/** Throws `time_up` once `now` is past the session's start plus its limit and the grace. */
export function checkTimeLimit(startedAt: string, limitMinutes: number | null, now: Date): void {
  if (limitMinutes === null) return;
  const deadline = new Date(startedAt).getTime() + limitMinutes * 60_000;
  if (now.getTime() > deadline + TIME_LIMIT_GRACE_MS) {
    throw new AppError(
      'time_up',
      `the time limit of ${limitMinutes} minutes has passed; you can still submit`,
    );
  }
}
