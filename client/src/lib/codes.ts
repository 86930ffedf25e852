/**
 * What the client needs to know about codes and scores: how each counsellor code sits with MI (chip colour) and
 * the MITI fair/good bands. The server's report may carry its own bands; these are the MITI 4.2.1 defaults.
 */
import type { z } from 'zod';
import type { CounsellorCodingSchema, Report } from '../../../server/protocol/index.js';

export type CounsellorCode = z.infer<typeof CounsellorCodingSchema>['code'];
export type Consistency = 'consistent' | 'neutral' | 'inconsistent';

const INCONSISTENT = new Set<string>(['PERSUADE', 'CONFRONT']);
const NEUTRAL = new Set<string>([
  'QUESTION_CLOSED',
  'GIVING_INFORMATION',
  'PERSUADE_WITH_PERMISSION',
  'OTHER',
]);

export function consistencyOf(code: string): Consistency {
  if (INCONSISTENT.has(code)) return 'inconsistent';
  if (NEUTRAL.has(code)) return 'neutral';
  return 'consistent';
}

export type MetricKey = 'reflectionToQuestion' | 'percentComplexReflections' | 'percentOpenQuestions';
export interface Band {
  fair: number;
  good: number;
}

export const DEFAULT_BANDS: Record<MetricKey, Band> = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 40, good: 50 },
  percentOpenQuestions: { fair: 50, good: 70 },
};

export const METRICS: readonly MetricKey[] = [
  'reflectionToQuestion',
  'percentComplexReflections',
  'percentOpenQuestions',
];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** The server's own names for the metrics (server/domain/scores), accepted next to the wire names. */
const ALIASES: Record<MetricKey, string[]> = {
  reflectionToQuestion: ['reflectionToQuestion', 'rq'],
  percentComplexReflections: ['percentComplexReflections', 'pctComplexReflections'],
  percentOpenQuestions: ['percentOpenQuestions', 'pctOpenQuestions'],
};

/** `report.<name>`, or `report.scores.<name>` where the full scores report is nested. */
export function part(report: unknown, name: string): unknown {
  if (!isRecord(report)) return undefined;
  if (report[name] !== undefined) return report[name];
  return isRecord(report.scores) ? report.scores[name] : undefined;
}

/**
 * The fair/good thresholds of a metric when the report sends them (`thresholds` or `bands`, as
 * `{ fair, good }` per metric), else the MITI defaults. A band given as a label ("good") carries no
 * thresholds and is ignored: the level is computed from the value.
 */
export function bandOf(report: Report | null | undefined, key: MetricKey): Band {
  for (const name of ['thresholds', 'bands']) {
    const raw = part(report, name) ?? (isRecord(report?.miti) ? report.miti[name] : undefined);
    if (!isRecord(raw)) continue;
    for (const alias of ALIASES[key]) {
      const b = raw[alias];
      if (!isRecord(b)) continue;
      const fair = num(b.fair);
      const good = num(b.good);
      if (fair !== undefined && good !== undefined) return { fair, good };
    }
  }
  return DEFAULT_BANDS[key];
}

export type Level = 'good' | 'fair' | 'low' | 'none';

export function levelOf(value: number | null | undefined, band: Band): Level {
  if (value === null || value === undefined) return 'none';
  if (value >= band.good) return 'good';
  if (value >= band.fair) return 'fair';
  return 'low';
}

export interface GlobalScore {
  key: string;
  score: number | null;
  rule?: string;
}

/** Technical and relational globals (MITI 4.2.1 fair / good: 3 / 4 and 3.5 / 4). */
export const SUMMARY_GLOBALS = {
  technical: { fair: 3, good: 4 },
  relational: { fair: 3.5, good: 4 },
} as const;

export function summaryGlobal(
  report: Report | null | undefined,
  key: keyof typeof SUMMARY_GLOBALS,
): number | null {
  const v = part(report, key);
  return num(v) ?? (isRecord(v) ? (num(v.score) ?? num(v.value) ?? null) : null);
}

/**
 * The fewest counsellor turns the globals are rated from, when the report says this session has fewer (the
 * server's `globalsRating: 'tooShort'`); null when they are rated.
 */
export function globalsTooShort(report: Report | null | undefined): number | null {
  if (part(report, 'globalsRating') !== 'tooShort') return null;
  return num(part(report, 'minTurnsToRate')) ?? null;
}

/** `report.globals` as a list, whether the server sends a map `{ key: {score, rule} | number }` or a list. */
export function globalsOf(report: Report | null | undefined): GlobalScore[] {
  const raw = part(report, 'globals');
  const one = (key: string, v: unknown): GlobalScore | null => {
    if (typeof v === 'number') return { key, score: v };
    if (!isRecord(v)) return null;
    const score = num(v.score) ?? num(v.value) ?? null;
    const rule = [v.rule, v.reason, v.explanation].find((s) => typeof s === 'string') as string | undefined;
    return rule === undefined ? { key, score } : { key, score, rule };
  };
  const out: GlobalScore[] = [];
  if (Array.isArray(raw)) {
    for (const v of raw) {
      const key = isRecord(v) ? String(v.key ?? v.name ?? v.id ?? '') : '';
      const g = key ? one(key, v) : null;
      if (g) out.push(g);
    }
  } else if (isRecord(raw)) {
    for (const [key, v] of Object.entries(raw)) {
      const g = one(key, v);
      if (g) out.push(g);
    }
  }
  return out;
}

export interface Suggestion {
  turn: number | null;
  /** Index of the counsellor utterance in the coded transcript (the opening line first, for a session). */
  index?: number;
  /** The counsellor's code at that turn, when sent. */
  code?: string;
  original?: string;
  alternative: string;
  why?: string;
}

/** `report.suggestions`, read leniently: each needs at least an alternative reply. */
export function suggestionsOf(report: Report | null | undefined): Suggestion[] {
  const raw = part(report, 'suggestions');
  if (!Array.isArray(raw)) return [];
  const str = (...xs: unknown[]) => xs.find((x): x is string => typeof x === 'string' && x.length > 0);
  const out: Suggestion[] = [];
  for (const s of raw) {
    if (!isRecord(s)) continue;
    const alternative = str(s.alternative, s.suggestion, s.reply);
    if (!alternative) continue;
    const original = str(s.original, s.said, s.counsellor);
    const code = str(s.code);
    // The feedback module sends its explanation as `text`.
    const why = str(s.why, s.reason, s.explanation, s.rationale, s.tip, s.text);
    const index = num(s.index);
    out.push({
      turn: num(s.turn) ?? null,
      alternative,
      ...(original ? { original } : {}),
      ...(code ? { code } : {}),
      ...(index !== undefined ? { index } : {}),
      ...(why ? { why } : {}),
    });
  }
  return out;
}

export { isRecord, num };
