/**
 * How well the coder finds every behaviour of a turn, not only its main one: for question, reflection and input,
 * F1 of "the coder's codes hold this behaviour" against a file's `has_question` / `has_reflection` / `has_input`
 * columns (shared/eval/README.md), over the counsellor rows that carry the column.
 */
import { COARSE_OF, type CounsellorCode } from '../codes.js';
import type { Scored } from './scored.js';

export const BEHAVIOURS = ['question', 'reflection', 'input'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

const COARSE: Record<Behaviour, string> = { question: 'QUESTION', reflection: 'REFLECTION', input: 'INPUT' };

export interface BehaviourScore {
  f1: number | null;
  precision: number | null;
  recall: number | null;
  /** Rows with the column. */
  n: number;
  /** Rows whose column says the behaviour is there. */
  support: number;
}

export const holds = (codes: readonly CounsellorCode[], b: Behaviour): boolean =>
  codes.some((c) => COARSE_OF[c] === COARSE[b]);

function score(scored: readonly Scored[], b: Behaviour): BehaviourScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let n = 0;
  for (const s of scored) {
    const gold = s.row.extra[`has_${b}`];
    if (s.coded.speaker !== 'counsellor' || (gold !== 'true' && gold !== 'false')) continue;
    n++;
    const pred = holds(s.coded.coding.codes, b);
    if (pred && gold === 'true') tp++;
    else if (pred) fp++;
    else if (gold === 'true') fn++;
  }
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = tp === 0 ? (tp + fp + fn === 0 ? null : 0) : (2 * tp) / (2 * tp + fp + fn);
  return { f1, precision, recall, n, support: tp + fn };
}

/** Null when no row carries the columns. */
export function behaviourReport(scored: readonly Scored[]): Record<Behaviour, BehaviourScore> | null {
  const out = Object.fromEntries(BEHAVIOURS.map((b) => [b, score(scored, b)])) as Record<
    Behaviour,
    BehaviourScore
  >;
  return BEHAVIOURS.every((b) => out[b].n === 0) ? null : out;
}
