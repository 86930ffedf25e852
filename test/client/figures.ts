/**
 * Prints the behaviour figures for every case, language and preset (not a test; run with
 * `npx tsx test/client/figures.ts [caseId]`) to tune the client and to report.
 */
import { defaultPersonasDir, loadCasesDir } from '../../server/cases/load-cases.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { LANGS, PRESETS } from '../../server/domain/codes.js';
import { loadScripts, runScript } from './run-script.js';

const only = process.argv[2];
const { cases } = await loadCasesDir(defaultPersonasDir());
const coder = createCoder();
for (const c of cases.filter((x) => !only || x.id === only)) {
  for (const lang of LANGS) {
    const scripts = loadScripts(lang);
    for (const preset of PRESETS) {
      const a = runScript(c, lang, preset, scripts.adherent, coder);
      const n = runScript(c, lang, preset, scripts.nonAdherent, coder);
      const f = (x: number) => x.toFixed(2);
      process.stdout.write(
        `${c.id.padEnd(20)} ${lang} ${preset.padEnd(11)} adherent ${f(a.share)} (${a.change}/${a.sustain}) max ${a.maxExploration} mean ${f(a.meanExploration)}` +
          ` | non ${f(n.share)} (${n.change}/${n.sustain}) max ${n.maxExploration}\n`,
      );
    }
  }
}
