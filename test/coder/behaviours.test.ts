import { describe, expect, it } from 'vitest';
import { mergeRuns, withMain, withSeek } from '../../server/domain/coder/behaviours.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { StoredCounsellorCodingSchema } from '../../server/protocol/domain-schemas.js';
import { storedTurns } from '../../server/sessions/stored-codings.js';
import { reply } from './helpers.js';

describe('behaviours of a turn', () => {
  it('merges a run of the same behaviour into one, and counts it again after another behaviour', () => {
    expect(mergeRuns(['SIMPLE_REFLECTION', 'SIMPLE_REFLECTION', 'QUESTION_OPEN'])).toEqual([
      'COMPLEX_REFLECTION',
      'QUESTION_OPEN',
    ]);
    expect(mergeRuns(['QUESTION_CLOSED', 'QUESTION_OPEN'])).toEqual(['QUESTION_OPEN']);
    expect(mergeRuns(['SIMPLE_REFLECTION', 'QUESTION_OPEN', 'SIMPLE_REFLECTION'])).toEqual([
      'SIMPLE_REFLECTION',
      'QUESTION_OPEN',
      'SIMPLE_REFLECTION',
    ]);
  });

  it('keeps the main code in the list when a model overruled the rules', () => {
    expect(withMain(['SIMPLE_REFLECTION', 'QUESTION_OPEN'], 'QUESTION_CLOSED')).toEqual([
      'SIMPLE_REFLECTION',
      'QUESTION_CLOSED',
    ]);
    expect(withMain(['SIMPLE_REFLECTION', 'QUESTION_OPEN'], 'AFFIRM', 'QUESTION_OPEN')).toEqual([
      'SIMPLE_REFLECTION',
      'AFFIRM',
    ]);
    // The model's reflection where the rules saw a question: one reflection, not two in a row.
    expect(withMain(['SIMPLE_REFLECTION', 'QUESTION_OPEN'], 'COMPLEX_REFLECTION', 'QUESTION_OPEN')).toEqual([
      'COMPLEX_REFLECTION',
    ]);
    expect(withMain(['GIVING_INFORMATION'], 'OTHER')).toEqual(['OTHER']);
    expect(withMain([], 'QUESTION_OPEN')).toEqual(['QUESTION_OPEN']);
  });

  it('lists Seek after a permission question', () => {
    const coding = { code: 'QUESTION_CLOSED' as const, techniques: ['askingPermission' as const] };
    expect(withSeek(['SIMPLE_REFLECTION', 'QUESTION_CLOSED'], coding)).toEqual([
      'SIMPLE_REFLECTION',
      'QUESTION_CLOSED',
      'SEEKING_COLLABORATION',
    ]);
  });

  it.each([
    [
      'en',
      'Anders would notice if I stopped.',
      "You're ready to bring Anders into it. What do you think would matter most to him?",
      ['SIMPLE_REFLECTION', 'QUESTION_OPEN'],
    ],
    [
      'en',
      "I don't know if I can.",
      "It's entirely your decision. What would you like to do?",
      ['EMPHASIZING_AUTONOMY', 'QUESTION_OPEN'],
    ],
    [
      'nb',
      'Jeg vet ikke om jeg orker mer.',
      'Du er sliten av alt dette. Hva ville gjort det lettere for deg?',
      ['SIMPLE_REFLECTION', 'QUESTION_OPEN'],
    ],
    [
      'da',
      'Jeg ved ikke, om jeg kan.',
      'Du er i tvivl om, du kan klare det. Hvad ville hjælpe dig?',
      ['SIMPLE_REFLECTION', 'QUESTION_OPEN'],
    ],
    [
      'en',
      "I don't know.",
      'May I tell you what others have tried?',
      ['QUESTION_CLOSED', 'SEEKING_COLLABORATION'],
    ],
    [
      'en',
      "I don't know.",
      "Some people find patches help. It's up to you whether that fits.",
      ['PERSUADE_WITH_PERMISSION'],
    ],
  ] as const)('%s: codes every behaviour of "%s" → "%s"', (lang, client, turn, codes) => {
    const coding = reply(lang, client, turn);
    expect(coding.codes).toEqual(codes);
    expect(coding.codes).toContain(coding.code);
  });

  it('keeps the main code among the codes with the model on', () => {
    const coder = createCoder();
    const c = coder.codeCounsellor('Mm. So you want to cut down. What would be a first step?', {
      history: [{ speaker: 'client', text: 'I want to cut down on the drinking.' }],
      lang: 'en',
    });
    expect(c.codes).toContain(c.code);
  });
});

describe('stored codings', () => {
  const old = {
    code: 'QUESTION_CLOSED',
    confidence: 0.9,
    reason: 'r',
    techniques: ['askingPermission'],
    lang: 'en',
  };

  it('loads a coding stored before `codes` existed with its main code (and Seek for a permission question)', () => {
    expect(StoredCounsellorCodingSchema.parse(old).codes).toEqual([
      'QUESTION_CLOSED',
      'SEEKING_COLLABORATION',
    ]);
    expect(StoredCounsellorCodingSchema.parse({ ...old, techniques: [] }).codes).toEqual(['QUESTION_CLOSED']);
    expect(
      StoredCounsellorCodingSchema.parse({ ...old, codes: ['SIMPLE_REFLECTION', 'QUESTION_CLOSED'] }).codes,
    ).toEqual(['SIMPLE_REFLECTION', 'QUESTION_CLOSED']);
  });

  it('keeps the rest of a stored turn as it was', () => {
    const turn = { turn: 1, counsellor: { text: 'x', coding: old }, client: { text: 'y' }, state: { a: 1 } };
    const [loaded] = storedTurns([turn]);
    expect(loaded?.counsellor.coding.codes).toEqual(['QUESTION_CLOSED', 'SEEKING_COLLABORATION']);
    expect(loaded?.state).toEqual({ a: 1 });
    expect(loaded?.client).toEqual({ text: 'y' });
  });
});
