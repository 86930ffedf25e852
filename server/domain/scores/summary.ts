/** MITI 4.2.1 summary scores from counsellor codes, with the fair / good thresholds of DESIGN.md. */

import type { CodedUtterance, CounsellorCoding } from '../coder/types.js';
import { COUNSELLOR_CODES, type CounsellorCode } from '../codes.js';

export type Band = 'belowFair' | 'fair' | 'good' | 'unknown';

export interface MitiSummary {
  /** Counsellor turns. */
  turns: number;
  /** Behaviours by code: a turn that reflects and then asks adds one reflection and one question. */
  counts: Record<CounsellorCode, number>;
  questions: number;
  reflections: number;
  /** Reflections per question; null without questions. */
  rq: number | null;
  pctComplexReflections: number | null;
  pctOpenQuestions: number | null;
  miAdherent: number;
  miNonAdherent: number;
}

/** MITI 4.2.1 (R:Q, %CR, globals) and MITI 3 (%open) fair / good thresholds. */
export const THRESHOLDS = {
  rq: { fair: 1, good: 2 },
  pctComplexReflections: { fair: 0.4, good: 0.5 },
  pctOpenQuestions: { fair: 0.5, good: 0.7 },
  technical: { fair: 3, good: 4 },
  relational: { fair: 3.5, good: 4 },
} as const;

export function band(value: number | null, t: { fair: number; good: number }): Band {
  if (value === null) return 'unknown';
  return value >= t.good ? 'good' : value >= t.fair ? 'fair' : 'belowFair';
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function mitiSummary(coded: readonly CodedUtterance[]): MitiSummary {
  const counts = Object.fromEntries(COUNSELLOR_CODES.map((c) => [c, 0])) as Record<CounsellorCode, number>;
  const codings: CounsellorCoding[] = [];
  for (const u of coded) if (u.speaker === 'counsellor') codings.push(u.coding);
  // MITI 4.2.1 counts every behaviour of a turn, not one code per turn (coder/behaviours.ts).
  for (const c of codings) for (const code of c.codes) counts[code]++;
  const questions = counts.QUESTION_OPEN + counts.QUESTION_CLOSED;
  const reflections = counts.SIMPLE_REFLECTION + counts.COMPLEX_REFLECTION;
  return {
    turns: codings.length,
    counts,
    questions,
    reflections,
    rq: ratio(reflections, questions),
    pctComplexReflections: ratio(counts.COMPLEX_REFLECTION, reflections),
    pctOpenQuestions: ratio(counts.QUESTION_OPEN, questions),
    // A permission question lists Seek after its question (double-coding.ts), so Seek counts it.
    miAdherent: counts.SEEKING_COLLABORATION + counts.AFFIRM + counts.EMPHASIZING_AUTONOMY,
    miNonAdherent: counts.CONFRONT + counts.PERSUADE,
  };
}
