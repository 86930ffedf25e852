/**
 * Confrontation in disguise (issue 17): questions that warn or shame, facts pushed with a knowing tag, labels,
 * predictions of a bad end and verdicts are Confront or Persuade, never an MI-consistent code; lines that share
 * their words but are MI-consistent stay so (the guard against over-firing). Both sets are held out
 * (test/fixtures/confrontation, never trained on: model.test.ts checks that). The client reacts to such a turn as
 * to confrontation: discord rises and trust falls, through the practice API.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../server/domain/coder/index.js';
import { type CounsellorCode, LANGS, type Lang, MI_CONSISTENCY } from '../../server/domain/codes.js';
import { startPractice, takeTurn } from '../../server/domain/practice/index.js';
import { fixtureCase } from '../client/helpers.js';
import { CONFRONTATION, type ContextLine } from '../fixtures/confrontation/index.js';

const MIN_LINES = 20;
const MIN_LOOKALIKES = 25;
/** The done-when of issue 17: at least 90 % coded Confront or Persuade, and the look-alikes kept at least as well. */
const SHARE = 0.9;
const INCONSISTENT: ReadonlySet<CounsellorCode> = new Set(['CONFRONT', 'PERSUADE']);

const withModel = createCoder();
const rulesOnly = createCoder({ model: false });

function codes(lang: Lang, lines: readonly ContextLine[], coder = withModel): CounsellorCode[] {
  return lines.map(
    ([client, text]) =>
      coder.codeCounsellor(text, { history: [{ speaker: 'client', text: client }], lang }).code,
  );
}

const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / xs.length;

describe.each(LANGS)('confrontation in disguise, %s', (lang) => {
  const { disguised, lookalike } = CONFRONTATION[lang];

  it(`codes at least ${SHARE * 100} % Confront or Persuade, and none as an MI-consistent or neutral behaviour`, () => {
    expect(disguised.length).toBeGreaterThanOrEqual(MIN_LINES);
    const coded = codes(lang, disguised);
    const hit = share(coded.map((c) => INCONSISTENT.has(c)));
    const rules = share(codes(lang, disguised, rulesOnly).map((c) => INCONSISTENT.has(c)));
    console.info(
      `disguised confrontation ${lang}: n ${disguised.length}, ${hit.toFixed(3)} (rules alone ${rules.toFixed(3)})`,
    );
    expect(hit).toBeGreaterThanOrEqual(SHARE);
    // What is not caught may at most be left uncoded (Other): never a question, reflection or information.
    expect(coded.filter((c) => !INCONSISTENT.has(c) && c !== 'OTHER')).toEqual([]);
  });

  it(`keeps at least ${SHARE * 100} % of the MI-consistent look-alikes out of Confront and Persuade`, () => {
    expect(lookalike.length).toBeGreaterThanOrEqual(MIN_LOOKALIKES);
    const coded = codes(lang, lookalike);
    const kept = share(coded.map((c) => MI_CONSISTENCY[c] !== 'inconsistent'));
    console.info(`look-alikes ${lang}: n ${lookalike.length}, kept ${kept.toFixed(3)}`);
    expect(kept).toBeGreaterThanOrEqual(SHARE);
  });
});

describe('the simulated client reacts to disguised confrontation', () => {
  const c = fixtureCase();
  const deps = { coder: withModel, case: c };
  const LINES: Record<Lang, string> = {
    en: 'Have you thought about what your kids will think of you when they are older?',
    nb: 'Har du tenkt på hva ungene dine kommer til å tenke om deg når de blir eldre?',
    da: 'Har du tænkt på, hvad dine børn vil tænke om dig, når de bliver ældre?',
  };

  it.each(LANGS)('%s: discord rises and trust falls after a guilt-tripping question', (lang) => {
    const start = startPractice({ case: c, lang, preset: 'ambivalent', seed: 3, hints: true }, deps);
    const r = takeTurn(start, LINES[lang], deps);
    expect(r.counsellorTurn.coding.code).toBe('CONFRONT');
    expect(r.state.discord).toBeGreaterThan(start.state.discord);
    expect(r.state.trust).toBeLessThan(start.state.trust);
  });
});
