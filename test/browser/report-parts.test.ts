/**
 * The report parts the scores engineer is still adding (bands, globals, suggestions) are read leniently by the
 * web client: whichever reasonable shape arrives is shown, and a missing part is left out rather than crashing.
 */
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  DEFAULT_BANDS,
  globalsOf,
  globalsTooShort,
  levelOf,
  suggestionsOf,
  summaryGlobal,
} from '../../client/src/lib/codes.js';
import type { Report } from '../../server/protocol/index.js';

const base: Report = {
  turns: 3,
  miti: {
    reflectionToQuestion: 1.5,
    percentComplexReflections: 45,
    percentOpenQuestions: 80,
    miAdherent: 1,
    miNonAdherent: 0,
  },
};

describe('report parts in the web client', () => {
  it('uses the MITI defaults without bands and the server bands when sent', () => {
    expect(bandOf(base, 'percentOpenQuestions')).toEqual(DEFAULT_BANDS.percentOpenQuestions);
    const withBands = { ...base, bands: { percentOpenQuestions: { fair: 40, good: 60 } } };
    expect(bandOf(withBands, 'percentOpenQuestions')).toEqual({ fair: 40, good: 60 });
    // The scores module's names and a nested full report are accepted; band labels carry no thresholds.
    const nested = {
      ...base,
      scores: { bands: { rq: 'good' }, thresholds: { rq: { fair: 1.5, good: 2.5 } } },
    };
    expect(bandOf(nested, 'reflectionToQuestion')).toEqual({ fair: 1.5, good: 2.5 });
    expect(bandOf({ ...base, bands: { percentOpenQuestions: 'good' } }, 'percentOpenQuestions')).toEqual(
      DEFAULT_BANDS.percentOpenQuestions,
    );
    expect(levelOf(1.5, DEFAULT_BANDS.reflectionToQuestion)).toBe('fair');
    expect(levelOf(2, DEFAULT_BANDS.reflectionToQuestion)).toBe('good');
    expect(levelOf(0.5, DEFAULT_BANDS.reflectionToQuestion)).toBe('low');
    expect(levelOf(null, DEFAULT_BANDS.reflectionToQuestion)).toBe('none');
  });

  it('says when the session is too short to rate the globals', () => {
    expect(globalsTooShort(base)).toBeNull();
    expect(globalsTooShort({ ...base, scores: { globalsRating: 'rated', minTurnsToRate: 10 } })).toBeNull();
    expect(globalsTooShort({ ...base, scores: { globalsRating: 'tooShort', minTurnsToRate: 10 } })).toBe(10);
  });

  it('reads globals as a map or a list, and none when missing', () => {
    expect(globalsOf(base)).toEqual([]);
    expect(
      globalsOf({
        ...base,
        globals: { empathy: { score: 4, rule: 'reflections ≥ 50% complex' }, partnership: 3 },
      }),
    ).toEqual([
      { key: 'empathy', score: 4, rule: 'reflections ≥ 50% complex' },
      { key: 'partnership', score: 3 },
    ]);
    expect(
      globalsOf({ ...base, globals: [{ key: 'empathy', value: 2, reason: 'few reflections' }] }),
    ).toEqual([{ key: 'empathy', score: 2, rule: 'few reflections' }]);
    expect(globalsOf({ ...base, scores: { globals: { partnership: { score: 4, rule: 'r' } } } })).toEqual([
      { key: 'partnership', score: 4, rule: 'r' },
    ]);
    expect(summaryGlobal({ ...base, scores: { technical: 3.5 } }, 'technical')).toBe(3.5);
    expect(summaryGlobal(base, 'relational')).toBeNull();
  });

  it('reads suggestions with an alternative and skips the rest', () => {
    expect(suggestionsOf(base)).toEqual([]);
    expect(
      suggestionsOf({
        ...base,
        suggestions: [
          { turn: 2, alternative: 'So part of you wants…', why: 'a complex reflection invites more' },
          { turn: 3 },
          'nonsense',
        ],
      }),
    ).toEqual([{ turn: 2, alternative: 'So part of you wants…', why: 'a complex reflection invites more' }]);
    // The feedback module's shape: the index into the coded transcript, the code, an explanation, the alternative.
    expect(
      suggestionsOf({
        ...base,
        suggestions: [
          { index: 3, code: 'PERSUADE', text: 'Persuading raises discord.', alternative: 'What would help?' },
        ],
      }),
    ).toEqual([
      {
        turn: null,
        index: 3,
        code: 'PERSUADE',
        why: 'Persuading raises discord.',
        alternative: 'What would help?',
      },
    ]);
  });
});
