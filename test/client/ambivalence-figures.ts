/**
 * Prints the change-talk share (from the coder's codes of the client's replies) under the MI-consistent and
 * MI-inconsistent scripts at the ambivalent preset, per case and language over five seeds (not a test; run with
 * `npx tsx test/client/ambivalence-figures.ts`), to tune the client and to report.
 */
import { defaultPersonasDir, loadCasesDir } from '../../server/cases/load-cases.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { LANGS } from '../../server/domain/codes.js';
import { CASE_IDS, loadScripts, runScript } from './run-script.js';

export const FIGURE_SEEDS = [1, 2, 3, 4, 5];
const { cases } = await loadCasesDir(defaultPersonasDir());
const coder = createCoder();
const f = (x: number) => x.toFixed(2);
for (const c of cases.filter((x) => CASE_IDS.includes(x.id))) {
  for (const lang of LANGS) {
    const scripts = loadScripts(lang);
    const a = FIGURE_SEEDS.map((s) => runScript(c, lang, 'ambivalent', scripts.adherent, coder, s).share);
    const n = FIGURE_SEEDS.map((s) => runScript(c, lang, 'ambivalent', scripts.nonAdherent, coder, s).share);
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    process.stdout.write(
      `${c.id.padEnd(20)} ${lang} consistent ${f(mean(a))} [${a.map(f).join(' ')}] | inconsistent ${f(mean(n))} [${n.map(f).join(' ')}]\n`,
    );
  }
}
