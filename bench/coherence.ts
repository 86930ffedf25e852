/**
 * The coherence benchmark (npm run bench:coherence): does the simulated client answer the kind of question it
 * was asked? Probes of every kind in nb, da and en on all four cases, each after a few lead-in turns, checked
 * by the benchmark's own word lists (bench/coherence/checks.ts). Prints the share per language and kind;
 * targets: ≥ 0.90 per language, ≥ 0.80 per kind. `--failures` lists the replies that missed.
 */
import { defaultPersonasDir, loadCasesDir } from '../server/cases/load-cases.js';
import { createCoder } from '../server/domain/coder/index.js';
import { runCoherence, shares } from './coherence/run.js';

const CASE_IDS = ['expectant-mother', 'wound-care', 'vegetarian-day', 'mobile-free-weekend'];
const { cases } = await loadCasesDir(defaultPersonasDir());
const results = runCoherence(
  cases.filter((c) => CASE_IDS.includes(c.id)),
  createCoder(),
);
const f = (x: number) => x.toFixed(2);
for (const s of shares(results)) {
  process.stdout.write(`${s.lang}  ${f(s.share)}  (${s.n} replies)\n`);
  for (const k of s.kinds) process.stdout.write(`    ${k.kind.padEnd(15)} ${f(k.share)}\n`);
}
if (process.argv.includes('--failures')) {
  for (const r of results.filter((x) => !x.ok))
    process.stdout.write(`MISS ${r.lang} ${r.kind} ${r.caseId} | ${r.probe} | ${r.reply}\n`);
}
