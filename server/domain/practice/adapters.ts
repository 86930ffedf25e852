/**
 * Where practice meets the scores (server/domain/scores/) and feedback (server/domain/feedback/) modules:
 * both work on a coded transcript, so a session is turned into one here.
 */

import type { CodedUtterance, CounsellorCoding } from '../coder/types.js';
import type { CounsellorCode, Lang } from '../codes.js';
import { tipForTurn } from '../feedback/index.js';
import { type SessionReport, mitiSummary as scoresSummary } from '../scores/index.js';
import type { PracticeSession } from './session.js';

export type { SessionReport };

/** The session as a coded transcript, the opening line first. */
export function codedTranscript(session: PracticeSession): CodedUtterance[] {
  const coded: CodedUtterance[] = [
    { speaker: 'client', text: session.opening.text, coding: session.opening.coding },
  ];
  for (const t of session.turns) {
    coded.push(
      { speaker: 'counsellor', text: t.counsellor.text, coding: t.counsellor.coding },
      { speaker: 'client', text: t.client.text, coding: t.client.coding },
    );
  }
  return coded;
}

/** The tip for the last utterance of `coded` (a counsellor turn), if the feedback module has one. */
export function tipForLast(coded: readonly CodedUtterance[], lang: Lang): string | undefined {
  return tipForTurn(coded, coded.length - 1, lang)?.text;
}

/**
 * The compact summary the wire protocol's report carries as `miti` (server/protocol ReportSchema), from the
 * scores module's summary; percentages are 0..100 and R:Q has two decimals.
 */
export interface MitiSummary {
  counts: Record<CounsellorCode, number>;
  questions: number;
  reflections: number;
  /** Reflections per question; null without questions. */
  reflectionToQuestion: number | null;
  /** % complex of all reflections; null without reflections. */
  percentComplexReflections: number | null;
  /** % open of all questions; null without questions. */
  percentOpenQuestions: number | null;
  /** Seek + Affirm + Emphasize. */
  miAdherent: number;
  /** Confront + Persuade. */
  miNonAdherent: number;
}

const asPercent = (v: number | null) => (v === null ? null : Math.round(100 * v));
const twoDecimals = (v: number | null) => (v === null ? null : Math.round(100 * v) / 100);

export function mitiSummary(codings: readonly CounsellorCoding[]): MitiSummary {
  const s = scoresSummary(codings.map((coding) => ({ speaker: 'counsellor' as const, text: '', coding })));
  return {
    counts: s.counts,
    questions: s.questions,
    reflections: s.reflections,
    reflectionToQuestion: twoDecimals(s.rq),
    percentComplexReflections: asPercent(s.pctComplexReflections),
    percentOpenQuestions: asPercent(s.pctOpenQuestions),
    miAdherent: s.miAdherent,
    miNonAdherent: s.miNonAdherent,
  };
}
