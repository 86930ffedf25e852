/**
 * Estimated MITI global scores (1–5) from the codes. Real globals are a rater's gestalt; these are transparent
 * rules of thumb, each returned with its rule in words so the trainee sees why.
 */
import type { Lang } from '../codes.js';
import type { ChangeTalkCourse } from './change-talk.js';
import type { MitiSummary } from './summary.js';
import { GLOBAL_RULES } from './texts.js';

export interface GlobalScore {
  score: 1 | 2 | 3 | 4 | 5;
  rule: string;
}

export interface GlobalScores {
  cultivatingChangeTalk: GlobalScore;
  softeningSustainTalk: GlobalScore;
  partnership: GlobalScore;
  empathy: GlobalScore;
}

const clamp = (x: number): GlobalScore['score'] =>
  Math.max(1, Math.min(5, Math.round(x))) as GlobalScore['score'];
/** Neutral starting point of every estimate: MITI's "3" is adequate but unremarkable. */
const BASE = 3;

/** Per counsellor turn, not per behaviour: a turn that reflects and asks is not two chances to persuade. */
function perTurn(n: number, s: MitiSummary): number {
  return s.turns === 0 ? 0 : n / s.turns;
}

export function estimateGlobals(
  s: MitiSummary,
  ct: ChangeTalkCourse,
  evoking: number,
  lang: Lang,
): GlobalScores {
  const r = GLOBAL_RULES[lang];
  const nonAdherent = perTurn(s.miNonAdherent, s);
  const cultivating =
    BASE + (evoking > 0 ? 1 : 0) + ((s.pctOpenQuestions ?? 0) >= 0.5 ? 0.5 : -0.5) - nonAdherent * 4;
  const softening =
    BASE + ((s.rq ?? 0) >= 1 ? 1 : -0.5) - nonAdherent * 6 + ((ct.share ?? 0.5) >= 0.5 ? 0.5 : -0.5);
  // Seek (permission questions included, see double-coding.ts) and autonomy: the adherent codes but Affirm.
  const partnership = BASE + perTurn(s.miAdherent - s.counts.AFFIRM, s) * 8 - nonAdherent * 6;
  const empathy =
    BASE +
    ((s.rq ?? 0) >= 1 ? 0.5 : -0.5) +
    ((s.pctComplexReflections ?? 0) >= 0.4 ? 1 : 0) -
    nonAdherent * 4;
  return {
    cultivatingChangeTalk: { score: clamp(cultivating), rule: r.cultivating },
    softeningSustainTalk: { score: clamp(softening), rule: r.softening },
    partnership: { score: clamp(partnership), rule: r.partnership },
    empathy: { score: clamp(empathy), rule: r.empathy },
  };
}
