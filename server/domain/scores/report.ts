/** The whole session report from a coded transcript: MITI summary, globals, bands, change talk, techniques. */

import { type CodedUtterance, EVOKING_TECHNIQUES, type Technique } from '../coder/types.js';
import type { Lang } from '../codes.js';
import { type ChangeTalkCourse, changeTalk } from './change-talk.js';
import { estimateGlobals, type GlobalScores } from './globals.js';
import { type Band, band, type MitiSummary, mitiSummary, THRESHOLDS } from './summary.js';

/**
 * Below this many counsellor turns the estimated globals are not rated: a rater judges a session's gestalt, and
 * three turns that happen to reflect would otherwise be badged "good".
 */
export const MIN_TURNS_TO_RATE = 10;

export interface SessionReport {
  lang: Lang;
  summary: MitiSummary;
  globals: GlobalScores;
  /** `tooShort` under MIN_TURNS_TO_RATE counsellor turns: the globals are estimates but get no band. */
  globalsRating: 'rated' | 'tooShort';
  minTurnsToRate: number;
  /** (Cultivating + Softening) / 2 */
  technical: number;
  /** (Partnership + Empathy) / 2 */
  relational: number;
  bands: Record<'rq' | 'pctComplexReflections' | 'pctOpenQuestions' | 'technical' | 'relational', Band>;
  changeTalk: ChangeTalkCourse;
  techniques: Partial<Record<Technique, number>>;
}

function techniqueCounts(coded: readonly CodedUtterance[]): Partial<Record<Technique, number>> {
  const out: Partial<Record<Technique, number>> = {};
  for (const u of coded) {
    if (u.speaker !== 'counsellor') continue;
    for (const t of u.coding.techniques) out[t] = (out[t] ?? 0) + 1;
  }
  return out;
}

export function buildReport(coded: readonly CodedUtterance[], lang: Lang): SessionReport {
  const summary = mitiSummary(coded);
  const ct = changeTalk(coded);
  const techniques = techniqueCounts(coded);
  const evoking = EVOKING_TECHNIQUES.reduce((a, t) => a + (techniques[t] ?? 0), 0);
  const globals = estimateGlobals(summary, ct, evoking, lang);
  const technical = (globals.cultivatingChangeTalk.score + globals.softeningSustainTalk.score) / 2;
  const relational = (globals.partnership.score + globals.empathy.score) / 2;
  const rated = summary.turns >= MIN_TURNS_TO_RATE;
  return {
    lang,
    summary,
    globals,
    globalsRating: rated ? 'rated' : 'tooShort',
    minTurnsToRate: MIN_TURNS_TO_RATE,
    technical,
    relational,
    bands: {
      rq: band(summary.rq, THRESHOLDS.rq),
      pctComplexReflections: band(summary.pctComplexReflections, THRESHOLDS.pctComplexReflections),
      pctOpenQuestions: band(summary.pctOpenQuestions, THRESHOLDS.pctOpenQuestions),
      technical: rated ? band(technical, THRESHOLDS.technical) : 'unknown',
      relational: rated ? band(relational, THRESHOLDS.relational) : 'unknown',
    },
    changeTalk: ct,
    techniques,
  };
}
