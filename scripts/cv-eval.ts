/**
 * `npx tsx scripts/cv-eval.ts --file F.csv [--folds 5] [--seed 17] [--no-model] [--json]`: the coder measured on
 * folds of whole transcripts. The rules are not fitted, so each fold is a held-out measure; the spread over folds
 * says whether a change helps across transcripts or only in one (shared/eval/README.md: decide changes by the
 * folds' mean). Prints per fold and the mean: coarse macro-F1, kappa, open/closed F1, simple/complex F1, client
 * macro-F1, F1 of finding each of question / reflection / input anywhere in a turn (has_* columns), and the ROC AUC
 * of R:Q and of the estimated globals' mean for high- vs low-quality transcripts. The file is read by path and nothing of it is written anywhere.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCoder } from '../server/domain/coder/index.js';
import { type EvalReport, evaluate, predict } from '../server/domain/scores/evaluation.js';
import { parseCodedCsv } from '../server/domain/transcript/csv.js';
import type { Transcript } from '../server/domain/transcript/types.js';

const FIGURES = {
  coarseF1: (r: EvalReport) => r.counsellor.coarse.macroF1,
  kappa: (r: EvalReport) => r.counsellor.coarse.kappa,
  openClosedF1: (r: EvalReport) => r.counsellor.questionOpenClosedF1,
  simpleComplexF1: (r: EvalReport) => r.counsellor.reflectionSimpleComplexF1,
  clientF1: (r: EvalReport) => r.client.macroF1,
  // Every behaviour of a turn (a reflection then a question holds both) against the file's has_* columns.
  hasQuestionF1: (r: EvalReport) => r.counsellor.behaviours?.question.f1 ?? null,
  hasReflectionF1: (r: EvalReport) => r.counsellor.behaviours?.reflection.f1 ?? null,
  hasInputF1: (r: EvalReport) => r.counsellor.behaviours?.input.f1 ?? null,
  // Per fold these rest on ~18 transcripts: one more or less in the right order moves them by ~0.01.
  rqAuc: (r: EvalReport) => r.transcripts.qualityAuc,
  globalsAuc: (r: EvalReport) => r.transcripts.globalsAuc,
} as const;
type Figure = keyof typeof FIGURES;

/** A small seeded generator (mulberry32): the same folds on every machine for the same seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Transcripts dealt into `k` folds after a seeded shuffle of their ids (sorted first, so file order does not matter). */
export function folds(transcripts: readonly Transcript[], k: number, seed: number): Transcript[][] {
  const sorted = [...transcripts].sort((a, b) => a.id.localeCompare(b.id));
  const next = rng(seed);
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j] as Transcript, sorted[i] as Transcript];
  }
  const out: Transcript[][] = Array.from({ length: k }, () => []);
  for (const [i, t] of sorted.entries()) out[i % k]?.push(t);
  return out;
}

const fmt = (v: number | null) => (v === null ? '  —  ' : v.toFixed(3));

function main(): void {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      folds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '17' },
      'no-model': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.file)
    throw new Error('usage: cv-eval.ts --file F.csv [--folds 5] [--seed 17] [--no-model] [--json]');
  const parsed = parseCodedCsv(readFileSync(values.file, 'utf8'));
  if (!parsed.ok) throw new Error(`${values.file}:${parsed.line}: ${parsed.message}`);
  const coder = createCoder({ model: !values['no-model'] });
  const names = Object.keys(FIGURES) as Figure[];
  const perFold = folds(parsed.value, Number(values.folds), Number(values.seed)).map((fold) => {
    const report = evaluate(predict(coder, fold));
    return Object.fromEntries(names.map((n) => [n, FIGURES[n](report)])) as Record<Figure, number | null>;
  });
  const mean = Object.fromEntries(
    names.map((n) => {
      const xs = perFold.map((f) => f[n]).filter((x): x is number => x !== null);
      return [n, xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length];
    }),
  ) as Record<Figure, number | null>;
  if (values.json) {
    console.log(JSON.stringify({ folds: perFold, mean }, null, 2));
    return;
  }
  console.log(`fold  ${names.map((n) => n.padStart(16)).join('')}`);
  for (const [i, f] of perFold.entries())
    console.log(`${String(i + 1).padEnd(6)}${names.map((n) => fmt(f[n]).padStart(16)).join('')}`);
  console.log(`mean  ${names.map((n) => fmt(mean[n]).padStart(16)).join('')}`);
}

main();
