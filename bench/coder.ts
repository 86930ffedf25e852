/**
 * Coder speed: load time (import + createCoder) and utterances per second on one core, over synthetic
 * conversations in nb, da and en. A script, not a test: `npx tsx bench/coder.ts`.
 */
import { performance } from 'node:perf_hooks';

const ROUNDS = 1500;
/** Untimed rounds first, so the figure is the steady state and not V8 warming up its regex and JIT caches. */
const WARM_UP = 100;
const CONVERSATION = [
  ['client', 'I know I should cut down, but drinking helps me relax after work.'],
  [
    'counsellor',
    'So on the one hand it helps you unwind, and on the other you are worried where it is going.',
  ],
  ['client', 'Yeah. My kids have started to notice.'],
  ['counsellor', 'What would be different for them if you drank less?'],
  ['client', 'Jeg vil være en god mamma, men jeg røyker fortsatt.'],
  ['counsellor', 'Du vil være en god mamma. Hva tenker du om røykingen nå?'],
  ['client', 'Jeg ved godt, at jeg burde stoppe, men det er svært.'],
  [
    'counsellor',
    'Det lyder som om du har tænkt meget over det. Må jeg fortælle, hvad andre har haft gavn af?',
  ],
] as const;

const t0 = performance.now();
const { createCoder } = await import('../server/domain/coder/index.js');
const coder = createCoder();
const importMs = performance.now() - t0;
// A language's lexicon and word model are built on first use: the first utterance of each language (a client
// turn and a counsellor turn) counts toward load time.
const firstUse: string[] = [];
for (const lang of ['nb', 'da', 'en'] as const) {
  const t = performance.now();
  coder.codeClient('Hm.', { history: [], lang });
  coder.codeCounsellor('Hm?', { history: [], lang });
  firstUse.push(`${lang} ${(performance.now() - t).toFixed(0)} ms`);
}
const loadMs = performance.now() - t0;

const history: { speaker: 'counsellor' | 'client'; text: string }[] = [];
let n = 0;
let t1 = performance.now();
for (let r = -WARM_UP; r < ROUNDS; r++) {
  if (r === 0) {
    n = 0;
    t1 = performance.now();
  }
  history.length = 0;
  for (const [speaker, text] of CONVERSATION) {
    const ctx = { history };
    if (speaker === 'counsellor') coder.codeCounsellor(text, ctx);
    else coder.codeClient(text, ctx);
    history.push({ speaker, text });
    n++;
  }
}
const seconds = (performance.now() - t1) / 1000;
process.stdout.write(
  `load: ${importMs.toFixed(1)} ms (import + createCoder); first utterance per language (lexicon and word model built): ${firstUse.join(', ')}; all three ready: ${loadMs.toFixed(0)} ms\nspeed: ${Math.round(n / seconds)} utterances/s (${n} utterances, language detected)\n`,
);
