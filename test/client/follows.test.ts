/**
 * Issue 16 in nb, da and en, on all four cases and several seeds: the same factual question asked twice in a
 * session gets the same fact; an overstated reflection is corrected and an accurate one confirmed; a trusted
 * counsellor who asks what worries the client hears the case's core barrier. Checked by the test's own word
 * lists (the expected fact, correction and confirmation openers); the barrier against the case file's lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPersonasDir, loadCasesDir } from '../../server/cases/load-cases.js';
import type { Case } from '../../server/domain/cases/schema.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { LANGS, type Lang } from '../../server/domain/codes.js';
import { type PracticeSession, startPractice, takeTurn } from '../../server/domain/practice/index.js';
import { CASE_IDS, loadScripts } from './run-script.js';

const SEEDS = [1, 2, 3, 4];
const coder = createCoder();
let cases = new Map<string, Case>();
beforeAll(async () => {
  cases = new Map((await loadCasesDir(defaultPersonasDir())).cases.map((c) => [c.id, c]));
});

/** One factual question per case and language, and what its answer must name (a number, a time). */
const FACTS: Record<string, Record<Lang, [string, RegExp]>> = {
  'expectant-mother': {
    nb: ['Hvor mange sigaretter røyker du om dagen nå?', /tre.fire/i],
    da: ['Hvor mange cigaretter ryger du om dagen nu?', /tre.fire/i],
    en: ['How many cigarettes do you smoke a day now?', /three or four/i],
  },
  'mobile-free-weekend': {
    nb: ['Hvor mange timer om dagen bruker du mobilen?', /6 timer og 40/],
    da: ['Hvor mange timer om dagen bruger du mobilen?', /6 timer og 40/],
    en: ['How many hours a day are you on your phone?', /6 hours 40/],
  },
  'vegetarian-day': {
    nb: ['Hvor mye penger bruker dere på mat i uka?', /1.800/],
    da: ['Hvor mange penge bruger I på mad om ugen?', /1.800/],
    en: ['How much money do you spend on food a week?', /1.800/],
  },
  'wound-care': {
    nb: ['Når fikk du såret?', /tre uker/i],
    da: ['Hvornår fik du såret?', /tre uger/i],
    en: ['When did you get the wound?', /three weeks/i],
  },
};

const OVERSTATED: Record<Lang, string> = {
  nb: 'Så du har helt bestemt deg for at du aldri vil endre noe.',
  da: 'Så du har helt besluttet dig for, at du aldrig vil ændre noget.',
  en: 'So you have completely made up your mind never to change anything.',
};
const ACCURATE: Record<Lang, string> = {
  nb: 'En del av deg vil dette, og en annen del er usikker.',
  da: 'En del af dig vil det her, og en anden del er usikker.',
  en: 'Part of you wants this, and another part of you is unsure.',
};
const INVITE: Record<Lang, string> = {
  nb: 'Er det noe ved dette som bekymrer deg?',
  da: 'Er der noget ved det her, som bekymrer dig?',
  en: 'Is there something about this that worries you?',
};
/** The test's own openers: how a correction and a confirmation start in each language. */
const CORRECTS: Record<Lang, RegExp> = {
  nb: /^(nei|nja|tja|ikke (helt|egentlig))\b/i,
  da: /^(nej|næ|tja|ikke (helt|rigtig))/i,
  en: /^(no|not (really|quite)|well, it['’]s not)\b/i,
};
const CONFIRMS: Record<Lang, RegExp> = {
  nb: /^(ja|mm|akkurat|nettopp)\b/i,
  da: /^(ja|mm|præcis|netop)\b/i,
  en: /^(yes|yeah|mm|exactly|that's right)\b/i,
};

function run(c: Case, lang: Lang, seed: number, turns: readonly string[]): PracticeSession {
  let s = startPractice({ case: c, lang, preset: 'ambivalent', seed, hints: false }, { coder });
  for (const t of turns) s = takeTurn(s, t, { coder, case: c }).session;
  return s;
}
const replyAt = (s: PracticeSession, i: number) => s.turns[i]?.client.text ?? '';

describe.each(CASE_IDS)('%s', (id) => {
  describe.each(LANGS)('%s', (lang) => {
    const lead = loadScripts(lang).adherent;
    const caseOf = () => cases.get(id) as Case;

    it.each(SEEDS)('seed %i: the same factual question twice gets the same fact', (seed) => {
      const [question, fact] = FACTS[id]?.[lang] ?? ['', /$^/];
      const s = run(caseOf(), lang, seed, [lead[0] ?? '', question, ...lead.slice(1, 7), question]);
      expect(replyAt(s, 1)).toMatch(fact);
      expect(replyAt(s, 8)).toMatch(fact);
    });

    it.each(SEEDS)('seed %i: an overstated reflection is corrected, an accurate one confirmed', (seed) => {
      const over = run(caseOf(), lang, seed, [...lead.slice(0, 3), OVERSTATED[lang]]);
      expect(replyAt(over, 3)).toMatch(CORRECTS[lang]);
      const fair = run(caseOf(), lang, seed, [...lead.slice(0, 3), ACCURATE[lang]]);
      expect(replyAt(fair, 3)).toMatch(CONFIRMS[lang]);
    });

    it.each(SEEDS)('seed %i: asked what worries it, a trusting client names its core barrier', (seed) => {
      const c = caseOf();
      const s = run(c, lang, seed, [...lead.slice(0, 4), INVITE[lang]]);
      const barrier = (c.facts?.barrier.lines ?? []).map((l) => l[lang]);
      expect(
        barrier.some((line) => replyAt(s, 4).includes(line)),
        replyAt(s, 4),
      ).toBe(true);
    });
  });
});
