/** The whole session report from a coded transcript: MITI summary, globals, bands, change talk, techniques. */

import { type CodedUtterance, EVOKING_TECHNIQUES, type Technique } from '../coder/types.js';
import type { Lang } from '../codes.js';
import { type ChangeTalkCourse, changeTalk } from './change-talk.js';
import { estimateGlobals, type GlobalScores } from './globals.js';
import { type Band, band, type MitiSummary, mitiSummary, THRESHOLDS } from './summary.js';

export interface SessionReport {
  lang: Lang;
  summary: MitiSummary;
  globals: GlobalScores;
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
  return {
    lang,
    summary,
    globals,
    technical,
    relational,
    bands: {
      rq: band(summary.rq, THRESHOLDS.rq),
      pctComplexReflections: band(summary.pctComplexReflections, THRESHOLDS.pctComplexReflections),
      pctOpenQuestions: band(summary.pctOpenQuestions, THRESHOLDS.pctOpenQuestions),
      technical: band(technical, THRESHOLDS.technical),
      relational: band(relational, THRESHOLDS.relational),
    },
    changeTalk: ct,
    techniques,
  };
}
