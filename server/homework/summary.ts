/** The figures an instructor compares submissions by, taken from a submitted session's report. */
import { COUNSELLOR_CODES, type CounsellorCode } from '../domain/codes.js';
import type { Targets } from '../domain/ports/homework.js';
import type { Summary } from '../protocol/homework.js';

/** The figures, as the wire carries them (server/protocol/homework.ts). */
export type SubmissionSummary = Summary;

export const SUMMARY_FIGURES = [
  'turns',
  'durationSeconds',
  'rq',
  'pctComplexReflections',
  'pctOpenQuestions',
  'miAdherent',
  'miNonAdherent',
  'pctChangeTalk',
] as const;

interface ReportLike {
  turns?: number;
  miti?: {
    reflectionToQuestion?: number | null;
    percentComplexReflections?: number | null;
    percentOpenQuestions?: number | null;
    miAdherent?: number;
    miNonAdherent?: number;
    counts?: Partial<Record<CounsellorCode, number>>;
  };
  scores?: { changeTalk?: { share?: number | null } };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function summarise(report: unknown, durationSeconds: number, targets: Targets): SubmissionSummary {
  const r = (report ?? {}) as ReportLike;
  const share = num(r.scores?.changeTalk?.share);
  const counts = Object.fromEntries(
    COUNSELLOR_CODES.map((c) => [c, num(r.miti?.counts?.[c]) ?? 0]),
  ) as Record<CounsellorCode, number>;
  const figures = {
    turns: num(r.turns) ?? 0,
    durationSeconds: Math.max(0, Math.round(durationSeconds)),
    rq: num(r.miti?.reflectionToQuestion),
    pctComplexReflections: num(r.miti?.percentComplexReflections),
    pctOpenQuestions: num(r.miti?.percentOpenQuestions),
    miAdherent: num(r.miti?.miAdherent) ?? 0,
    miNonAdherent: num(r.miti?.miNonAdherent) ?? 0,
    pctChangeTalk: share === null ? null : share * 100,
  };
  const targetsMet: SubmissionSummary['targetsMet'] = {};
  for (const key of Object.keys(targets) as (keyof Targets)[]) {
    const goal = targets[key];
    if (goal === undefined) continue;
    const value = figures[key];
    targetsMet[key] = value === null ? null : value >= goal;
  }
  return { ...figures, counts, targetsMet };
}
