/**
 * The parallel client set (test/fixtures/client-parallel): the same lines in nb, da and en. Each language must reach
 * issue 17's client macro-F1, and a line must get the same code in every language (a translation is the same
 * client saying the same thing). Prints the figures and the lines that differ.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../server/domain/coder/index.js';
import type { ClientCoding } from '../../server/domain/coder/types.js';
import { CLIENT_CODES, LANGS, type Lang } from '../../server/domain/codes.js';
import { macroF1, perClass } from '../../server/domain/scores/metrics.js';
import { PARALLEL } from '../fixtures/client-parallel/index.js';

/** Issue 17: client macro-F1 on the project's own client lines, in every language. */
const MACRO_F1_TARGET = 0.7;
/** Issue 17: share of lines coded alike in all three languages. */
const AGREEMENT_TARGET = 0.9;
/** Change talk whose DARN-CAT kind is right: a regression guard below what the set reaches. */
const KIND_FLOOR = 0.75;

const coder = createCoder();
const coded: Record<Lang, ClientCoding[]> = {
  nb: [],
  da: [],
  en: [],
};
for (const lang of LANGS)
  coded[lang] = PARALLEL.map((l) => coder.codeClient(l.text[lang], { history: [], lang }));

describe('the parallel client set', () => {
  it('holds the same lines in every language, each kind of talk', () => {
    expect(PARALLEL.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PARALLEL.map((l) => l.id)).size).toBe(PARALLEL.length);
    for (const code of CLIENT_CODES) expect(PARALLEL.some((l) => l.code === code)).toBe(true);
  });

  it.each(LANGS)(`%s: client macro-F1 ≥ ${MACRO_F1_TARGET}, DARN-CAT kind ≥ ${KIND_FLOOR}`, (lang) => {
    const pairs = PARALLEL.map((l, i) => ({ gold: l.code, pred: coded[lang][i]?.code ?? 'NEUTRAL' }));
    const f1 = macroF1(perClass(pairs, CLIENT_CODES)) ?? 0;
    const change = PARALLEL.flatMap((l, i) => (l.code === 'CHANGE' ? [[l, coded[lang][i]] as const] : []));
    const kinds = change.filter(([l, c]) => c?.code === 'CHANGE' && c.kind === l.kind).length / change.length;
    const wrong = PARALLEL.flatMap((l, i) => {
      const c = coded[lang][i];
      const kindOk = l.code !== 'CHANGE' || c?.kind === l.kind;
      return c?.code === l.code && kindOk
        ? []
        : [`${l.id}: ${l.code}/${l.kind ?? ''} got ${c?.code}/${c?.kind ?? ''}`];
    });
    console.log(`${lang}: macro-F1 ${f1.toFixed(3)}, kind ${kinds.toFixed(2)}\n  ${wrong.join('\n  ')}`);
    expect(f1).toBeGreaterThanOrEqual(MACRO_F1_TARGET);
    expect(kinds).toBeGreaterThanOrEqual(KIND_FLOOR);
  });

  it(`codes a line the same in every language for ≥ ${AGREEMENT_TARGET * 100} % of lines`, () => {
    const differ = PARALLEL.flatMap((l, i) => {
      const codes = LANGS.map((lang) => coded[lang][i]?.code);
      return new Set(codes).size === 1
        ? []
        : [`${l.id}: ${LANGS.map((g, j) => `${g} ${codes[j]}`).join(', ')}`];
    });
    const agreement = 1 - differ.length / PARALLEL.length;
    console.log(`agreement ${agreement.toFixed(3)}; differ:\n  ${differ.join('\n  ')}`);
    expect(agreement).toBeGreaterThanOrEqual(AGREEMENT_TARGET);
  });
});
