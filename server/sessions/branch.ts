/**
 * "What if you had said something else here?": a new session that shares the first turns of another. The
 * embedded engine is deterministic for a seed, so replaying the counsellor's first turns rebuilds the client's
 * state and random sequence exactly; the original turns are then kept verbatim (an LLM-voiced reply would
 * differ on replay, and the class has seen the original).
 */
import type { Case } from '../domain/cases/schema.js';
import type { Coder } from '../domain/coder/types.js';
import { type PracticeSession, startPractice, takeTurn } from '../domain/practice/index.js';

export function branchAt(original: PracticeSession, atTurn: number, c: Case, coder: Coder): PracticeSession {
  const { lang, preset, seed, hints } = original;
  let session = startPractice({ case: c, lang, preset, seed, hints }, { coder });
  const kept = original.turns.slice(0, atTurn);
  for (const t of kept) session = takeTurn(session, t.counsellor.text, { coder, case: c }).session;
  return { ...session, opening: original.opening, turns: kept, ended: false };
}
