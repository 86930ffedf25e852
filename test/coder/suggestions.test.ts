/**
 * "You could try" (issue 17): the alternative is said in the counsellor's voice about the client, person and
 * possessives turned; a question from the client becomes a reflection of its wish; "I don't know what to say" is
 * reflected as uncertainty; and at high discord the alternative reflects and leaves the choice to the client,
 * never asks an evoking question or for permission. In nb, da and en.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../server/domain/cases/parse.js';
import { codeTranscript, createCoder } from '../../server/domain/coder/index.js';
import { LANGS, type Lang } from '../../server/domain/codes.js';
import { reflectionFrom, sessionSuggestions } from '../../server/domain/feedback/index.js';
import { VOICE } from '../../server/domain/feedback/texts/index.js';
import { buildReport, startPractice, takeTurn } from '../../server/domain/practice/index.js';
import { history } from './helpers.js';

const coder = createCoder();

describe.each([
  ['nb', 'Jeg vil ikke at sønnen min skal se meg sånn.', 'Du vil ikke at sønnen din skal se deg sånn.'],
  ['nb', 'Vi er allerede en sunn familie.', 'Dere er allerede en sunn familie.'],
  ['nb', 'Kona mi og jeg krangler om pengene våre.', 'Kona di og du krangler om pengene deres.'],
  ['da', 'Jeg vil ikke have, at min søn ser mig sådan.', 'Du vil ikke have, at din søn ser dig sådan.'],
  ['da', 'Vi er allerede en sund familie.', 'I er allerede en sund familie.'],
  ['da', 'Jeg gør det for mit eget helbred.', 'Du gør det for dit eget helbred.'],
  ['en', "I'd like to stop before my baby comes.", "You'd like to stop before your baby comes."],
  ['en', "I'm scared it will hurt me and my family.", "You're scared it will hurt you and your family."],
  ['en', "We're already a pretty healthy family.", "You're already a pretty healthy family."],
] as const)('%s: person and possessives turned: %s', (lang, client, expected) => {
  it(`→ ${expected}`, () => {
    expect(reflectionFrom(client, lang)).toBe(expected);
  });
});

describe('questions, hedges and words with no "I" in them are not said back', () => {
  it.each([
    ['nb', 'Kan vi ikke bare ordne armen nå?', 'Du vil helst bare ordne armen nå.'],
    ['da', 'Kan vi ikke bare ordne armen nu?', 'Du vil helst bare ordne armen nu.'],
    ['en', "Can't we just sort out the arm now?", "You'd rather just sort out the arm now."],
    ['nb', 'Hva skal jeg gjøre da?', 'Du lurer på hva du skal gjøre da.'],
    ['da', 'Hvad skal jeg gøre ved det?', 'Du spekulerer på, hvad du skal gøre ved det.'],
    ['en', 'What do I do now?', "You're wondering what you do now."],
  ] as const)('%s: a question becomes the wish or the wondering in it: %s', (lang, client, expected) => {
    expect(reflectionFrom(client, lang)).toBe(expected);
  });

  it.each([
    ['nb', 'Hm, jeg vet ikke hva jeg skal svare på det.'],
    ['nb', 'Det er vanskelig å svare på.'],
    ['da', 'Hm, jeg ved ikke, hvad jeg skal sige.'],
    ['da', 'Det er svært at svare på.'],
    ['en', "That's hard to answer."],
    ['en', "I don't know what to say to that."],
  ] as const)('%s: not knowing what to say is reflected as uncertainty: %s', (lang, client) => {
    expect(reflectionFrom(client, lang)).toBe(VOICE[lang].unsure);
  });

  it.each([
    ['nb', 'Er det farlig?'],
    ['da', 'Er det farligt?'],
    ['en', 'Is it dangerous?'],
  ] as const)('%s: any other question is met with the wish for an answer: %s', (lang, client) => {
    expect(reflectionFrom(client, lang)).toBe(VOICE[lang].asking);
  });

  it.each([
    [
      'nb',
      'Emil kommer til å nekte å spise, og så sitter vi der.',
      'Det høres ut som om Emil kommer til å nekte',
    ],
    ['da', 'Det er lettere bare at gå med lange ærmer.', 'Det lyder, som om det er lettere bare at gå'],
    ['en', "You don't understand, it's easy for you to say.", "It sounds like I don't understand"],
  ] as const)('%s: words with no "I" to turn are framed as heard: %s', (lang, client, start) => {
    expect(reflectionFrom(client, lang)?.startsWith(start)).toBe(true);
  });
});

/** The client's line, then a counsellor turn that earns a suggestion (advice without permission). */
const ADVICE: Record<Lang, [string, string]> = {
  nb: ['Kan vi ikke bare ordne armen nå?', 'Du burde slutte å sprøyte i armen.'],
  da: ['Kan vi ikke bare ordne armen nu?', 'Du burde holde op med at sprøjte i armen.'],
  en: ["Can't we just sort out the arm now?", 'You should stop injecting into your arm.'],
};

describe.each(LANGS)('%s: the alternative fits the client at that turn', (lang) => {
  const [client, advice] = ADVICE[lang];
  const coded = codeTranscript(coder, history(['client', client], ['counsellor', advice]), { lang });
  const v = VOICE[lang];

  it('reflects the wish in the question, not the question', () => {
    const [s] = sessionSuggestions(coded, lang, { discord: [1, 1] });
    expect(s?.alternative).toMatch(new RegExp(`^${v.wishFrame}`));
    expect(s?.alternative).not.toContain('?');
  });

  it('at high discord: the wish reflected and the choice left to the client, no question', () => {
    const [s] = sessionSuggestions(coded, lang, { discord: [8, 8] });
    expect(s?.alternative).toContain(v.autonomy);
    expect(s?.alternative).not.toContain('?');
  });

  it("reads discord from the client's words where there is no simulated state", () => {
    const [s] = sessionSuggestions(coded, lang);
    expect(s?.alternative).toContain(v.autonomy);
  });
});

describe('a practice session in discord gets no questions in its alternatives', () => {
  const source = readFileSync(
    join(import.meta.dirname, '..', '..', 'personas', 'expectant-mother.yaml'),
    'utf8',
  );
  const parsed = parseCase('expectant-mother', source);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const c = parsed.value;
  const PUSH: Record<Lang, string> = {
    nb: 'Du må slutte å røyke nå, det skader babyen.',
    da: 'Du skal holde op med at ryge nu, det skader babyen.',
    en: 'You have to stop smoking now, it harms the baby.',
  };

  const deps = { coder, case: c };

  it.each(LANGS)('%s', (lang) => {
    let session = startPractice({ case: c, lang, preset: 'resistant', seed: 3, hints: false }, deps);
    for (let i = 0; i < 6; i++) session = takeTurn(session, PUSH[lang], deps).session;
    expect(session.state.discord).toBeGreaterThanOrEqual(4);
    const report = buildReport(session);
    expect(report.suggestions.length).toBeGreaterThan(0);
    for (const s of report.suggestions.filter((x) => x.index > 2)) {
      expect(s.alternative).not.toContain('?');
      expect(s.alternative).toContain(VOICE[lang].autonomy);
    }
  });
});

describe.each([
  ['nb', 'Du høres ut som alle de andre.', 'Du burde slutte å sprøyte i armen.'],
  ['da', 'Du lyder ligesom alle de andre.', 'Du burde holde op med at sprøjte i armen.'],
  ['en', 'You sound like all the others.', 'You should stop injecting into your arm.'],
] as const)('%s: words aimed at the counsellor, at high discord', (lang, client, advice) => {
  it('are met by owning the push and leaving the choice, not echoed', () => {
    const coded = codeTranscript(coder, history(['client', client], ['counsellor', advice]), { lang });
    const [s] = sessionSuggestions(coded, lang, { discord: [9, 9] });
    expect(s?.alternative).toBe(`${VOICE[lang].discordReflect} ${VOICE[lang].autonomy}`);
  });
});

it.each([
  [
    'nb',
    'Bare så det er sagt: jeg er ikke her for å høre at jeg må slutte.',
    'Du er ikke her for å høre at du må slutte.',
  ],
  [
    'da',
    'Bare så det er sagt: Jeg er ikke her for at høre, at jeg skal stoppe.',
    'Du er ikke her for at høre, at du skal stoppe.',
  ],
  ['en', "Just so you know, I'm not here to be told to quit.", "You're not here to be told to quit."],
] as const)('%s: a set phrase before the clause is not turned: %s', (lang, client, expected) => {
  expect(reflectionFrom(client, lang)).toBe(expected);
});
