/**
 * Evaluation of the coder against a gold-coded transcript file (shared/eval/README.md): coarse and fine
 * counsellor agreement, open/closed and simple/complex pairs, client talk, and per-transcript R:Q and
 * %complex reflections. A gold label may be coarse or list alternatives; a prediction that matches any of them
 * counts as that label.
 */

import { codeTranscript } from '../coder/code-transcript.js';
import { codeMatching } from '../coder/double-coding.js';
import type { CodedUtterance, Coder } from '../coder/types.js';
import { CLIENT_CODES, COARSE_CODES, COARSE_OF, COUNSELLOR_CODES, type CounsellorCode } from '../codes.js';
import type { Transcript } from '../transcript/types.js';
import { type Behaviour, type BehaviourScore, behaviourReport } from './behaviour-eval.js';
import { type ClassScore, cohensKappa, macroF1, type Pair, pearson, perClass, rocAuc } from './metrics.js';
import { globalsAuc } from './quality-auc.js';
import type { Scored } from './scored.js';
import { transcriptRatios } from './transcript-ratios.js';

export type { Scored } from './scored.js';

export interface EvalReport {
  counsellor: {
    coarse: { macroF1: number | null; kappa: number | null; perClass: Record<string, ClassScore> };
    fine: { accuracy: number | null; macroF1: number | null; n: number };
    questionOpenClosedF1: number | null;
    reflectionSimpleComplexF1: number | null;
    /** Every behaviour of a turn against the `has_*` columns; null when the file has none. */
    behaviours: Record<Behaviour, BehaviourScore> | null;
  };
  client: { macroF1: number | null; kappa: number | null; perClass: Record<string, ClassScore> };
  transcripts: {
    n: number;
    rqPearson: number | null;
    pctCrPearson: number | null;
    /** R:Q alone (the main codes, as the gold labels are one per utterance). */
    qualityAuc: number | null;
    /** The mean of the estimated global scores. */
    globalsAuc: number | null;
  };
}

/** Codes every transcript in order, each utterance with the conversation before it. */
export function predict(coder: Coder, transcripts: readonly Transcript[]): Scored[][] {
  return transcripts.map((t) => {
    const coded = codeTranscript(
      coder,
      t.rows.map((r) => ({ speaker: r.speaker, text: r.text })),
      t.rows[0]?.lang ? { lang: t.rows[0].lang } : {},
    );
    return t.rows.map((row, i) => ({ row, coded: coded[i] as CodedUtterance }));
  });
}

const coarseOf = (label: string): string => COARSE_OF[label as CounsellorCode] ?? label;

/** The gold label a prediction is compared with: the matching alternative, else the first. */
function resolve(gold: readonly string[], pred: string, map: (l: string) => string = (l) => l): string {
  const labels = gold.map(map);
  return labels.includes(map(pred)) ? map(pred) : (labels[0] as string);
}

/**
 * The prediction compared with the gold label: a double-coded utterance (a permission question is also Seek)
 * counts as whichever of its codes the gold label names.
 */
function predicted(s: Scored): string {
  return s.coded.speaker === 'counsellor' ? codeMatching(s.coded.coding, s.row.gold) : s.coded.coding.code;
}

function pairF1(scored: readonly Scored[], pair: readonly [CounsellorCode, CounsellorCode]): number | null {
  const pairs: Pair<string>[] = [];
  for (const s of scored) {
    if (s.coded.speaker !== 'counsellor' || s.row.gold.length === 0) continue;
    if (!s.row.gold.every((g) => (pair as readonly string[]).includes(g))) continue;
    pairs.push({ gold: resolve(s.row.gold, predicted(s)), pred: predicted(s) });
  }
  return macroF1(perClass(pairs, pair));
}

function counsellorReport(scored: readonly Scored[]): EvalReport['counsellor'] {
  const rows = scored.filter((s) => s.coded.speaker === 'counsellor' && s.row.gold.length > 0);
  const coarse = rows.map((s) => ({
    gold: resolve(s.row.gold, predicted(s), coarseOf),
    pred: coarseOf(predicted(s)),
  }));
  const fineRows = rows.filter((s) =>
    s.row.gold.every((g) => (COUNSELLOR_CODES as readonly string[]).includes(g)),
  );
  const fine = fineRows.map((s) => ({ gold: resolve(s.row.gold, predicted(s)), pred: predicted(s) }));
  const coarseScores = perClass(coarse, COARSE_CODES);
  const fineScores = perClass(fine, COUNSELLOR_CODES);
  return {
    coarse: { macroF1: macroF1(coarseScores), kappa: cohensKappa(coarse), perClass: coarseScores },
    fine: {
      accuracy: fine.length === 0 ? null : fine.filter((p) => p.gold === p.pred).length / fine.length,
      macroF1: macroF1(fineScores),
      n: fine.length,
    },
    questionOpenClosedF1: pairF1(scored, ['QUESTION_OPEN', 'QUESTION_CLOSED']),
    reflectionSimpleComplexF1: pairF1(scored, ['SIMPLE_REFLECTION', 'COMPLEX_REFLECTION']),
    behaviours: behaviourReport(scored),
  };
}

function clientReport(scored: readonly Scored[]): EvalReport['client'] {
  const pairs = scored
    .filter((s) => s.coded.speaker === 'client' && s.row.gold.length > 0)
    .map((s) => ({ gold: resolve(s.row.gold, s.coded.coding.code), pred: s.coded.coding.code }));
  const scores = perClass(pairs, CLIENT_CODES);
  return { macroF1: macroF1(scores), kappa: cohensKappa(pairs), perClass: scores };
}

function transcriptReport(byTranscript: readonly Scored[][]): EvalReport['transcripts'] {
  const ratios = byTranscript.map(transcriptRatios);
  const both = (key: 'rq' | 'pctCr') => ratios.filter((r) => r.gold[key] !== null && r.pred[key] !== null);
  const rq = both('rq');
  const cr = both('pctCr');
  const high = ratios
    .filter((r) => r.quality === 'high' && r.pred.rq !== null)
    .map((r) => r.pred.rq as number);
  const low = ratios.filter((r) => r.quality === 'low' && r.pred.rq !== null).map((r) => r.pred.rq as number);
  return {
    n: byTranscript.length,
    rqPearson: pearson(
      rq.map((r) => r.gold.rq as number),
      rq.map((r) => r.pred.rq as number),
    ),
    pctCrPearson: pearson(
      cr.map((r) => r.gold.pctCr as number),
      cr.map((r) => r.pred.pctCr as number),
    ),
    qualityAuc: rocAuc(high, low),
    globalsAuc: globalsAuc(byTranscript),
  };
}

export function evaluate(byTranscript: readonly Scored[][]): EvalReport {
  const all = byTranscript.flat();
  return {
    counsellor: counsellorReport(all),
    client: clientReport(all),
    transcripts: transcriptReport(byTranscript),
  };
}
