/** The session service asks for a session's time limit; the link from session to assignment lives here. */
import type { HomeworkStore } from '../domain/ports/homework.js';
import type { TimeLimitOf } from '../sessions/time-limit.js';

export function timeLimitLookup(store: HomeworkStore): TimeLimitOf {
  return async (sessionId) => {
    const start = await store.getStart(sessionId);
    if (!start) return null;
    const a = await store.getAssignment(start.assignmentId);
    return a?.settings.timeLimitMinutes ?? null;
  };
}
