import { describe, expect, it } from 'vitest';
import { codeTranscript } from '../../server/domain/coder/index.js';
import type { CodedUtterance } from '../../server/domain/coder/types.js';
import type { ClientCode, CounsellorCode } from '../../server/domain/codes.js';
import { reflectionFrom, sessionSuggestions, tipForTurn } from '../../server/domain/feedback/index.js';
import { TEXTS } from '../../server/domain/feedback/texts/index.js';
import { buildReport } from '../../server/domain/scores/index.js';
import { coder, history } from './helpers.js';

const c = (code: CounsellorCode): CodedUtterance => ({
  speaker: 'counsellor',
  text: '',
  coding: { code, codes: [code], confidence: 1, reason: '', techniques: [], lang: 'en' },
});
const k = (code: ClientCode, text = ''): CodedUtterance => ({
  speaker: 'client',
  text,
  coding: { code, confidence: 1, reason: '', lang: 'en' },
});

describe('session report', () => {
  const session = [
    c('QUESTION_OPEN'),
    k('CHANGE'),
    c('COMPLEX_REFLECTION'),
    k('SUSTAIN'),
    c('SIMPLE_REFLECTION'),
    k('CHANGE'),
    c('QUESTION_CLOSED'),
    c('PERSUADE'),
    c('AFFIRM'),
  ];
  const report = buildReport(session, 'en');

  it('computes the MITI summary', () => {
    expect(report.summary.rq).toBe(1);
    expect(report.summary.pctComplexReflections).toBe(0.5);
    expect(report.summary.pctOpenQuestions).toBe(0.5);
    expect(report.summary.miAdherent).toBe(1);
    expect(report.summary.miNonAdherent).toBe(1);
    expect(report.bands).toMatchObject({
      rq: 'fair',
      pctComplexReflections: 'good',
      pctOpenQuestions: 'fair',
    });
  });

  it('tracks the change-talk share turn by turn', () => {
    expect(report.changeTalk.share).toBeCloseTo(2 / 3);
    expect(report.changeTalk.course.map((p) => p.cumulative)).toEqual([1, 0.5, 2 / 3]);
  });

  it('estimates globals 1–5 with their rule, and averages them', () => {
    for (const g of Object.values(report.globals)) {
      expect(g.score).toBeGreaterThanOrEqual(1);
      expect(g.score).toBeLessThanOrEqual(5);
      expect(g.rule.length).toBeGreaterThan(10);
    }
    expect(report.technical).toBe(
      (report.globals.cultivatingChangeTalk.score + report.globals.softeningSustainTalk.score) / 2,
    );
  });

  it('writes rules in the report language', () => {
    expect(buildReport(session, 'nb').globals.empathy.rule).toMatch(/refleksjoner/);
  });

  it('returns null figures for an empty session', () => {
    expect(buildReport([], 'da').summary).toMatchObject({
      rq: null,
      pctComplexReflections: null,
      pctOpenQuestions: null,
    });
  });
});

describe('double coding', () => {
  it('counts a permission question as a question and as Seek', () => {
    const permission: CodedUtterance = {
      speaker: 'counsellor',
      text: 'May I tell you what others have tried?',
      coding: {
        code: 'QUESTION_CLOSED',
        codes: ['QUESTION_CLOSED', 'SEEKING_COLLABORATION'],
        confidence: 1,
        reason: '',
        techniques: ['askingPermission'],
        lang: 'en',
      },
    };
    const plain = buildReport([c('QUESTION_CLOSED'), c('SIMPLE_REFLECTION')], 'en');
    const report = buildReport([permission, c('SIMPLE_REFLECTION')], 'en');
    expect(report.summary.questions).toBe(1);
    expect(report.summary.rq).toBe(1);
    expect(report.summary.miAdherent).toBe(1);
    expect(plain.summary.miAdherent).toBe(0);
    expect(report.globals.partnership.score).toBeGreaterThan(plain.globals.partnership.score);
  });

  it('gives a permission question or a scaling question praise, not the closed-question tip', () => {
    const as = (technique: 'askingPermission' | 'scalingQuestion'): CodedUtterance[] => [
      {
        speaker: 'counsellor',
        text: '',
        coding: {
          code: 'QUESTION_CLOSED',
          codes: ['QUESTION_CLOSED'],
          confidence: 1,
          reason: '',
          techniques: [technique],
          lang: 'en',
        },
      },
    ];
    expect(tipForTurn(as('askingPermission'), 0, 'en')?.kind).toBe('praise');
    expect(tipForTurn(as('scalingQuestion'), 0, 'nb')?.text).toMatch(/skalaspørsmål/);
    expect(tipForTurn([c('QUESTION_CLOSED')], 0, 'en')?.kind).toBe('suggestion');
    expect(sessionSuggestions(as('askingPermission'), 'en')).toEqual([]);
  });
});

describe('feedback', () => {
  it.each([
    ['nb', 'Jeg vil være en god mamma.', 'Du vil være en god mamma.'],
    ['da', 'Jeg vil gerne være en god far for mine børn.', 'Du vil gerne være en god far for dine børn.'],
    ['en', "Well, I'm worried about my kids.", "You're worried about your kids."],
  ] as const)('%s: builds a reflection from the client words', (lang, client, expected) => {
    expect(reflectionFrom(client, lang)).toBe(expected);
  });

  it('gives a tip per counsellor turn and flags missed change talk', () => {
    const coded = [k('CHANGE', 'I want to quit.'), c('QUESTION_CLOSED')];
    expect(tipForTurn(coded, 1, 'en')?.text).toMatch(/change talk/);
    expect(tipForTurn(coded, 0, 'en')).toBeNull();
    expect(tipForTurn([c('CONFRONT')], 0, 'da')?.kind).toBe('warning');
  });

  it.each(['PERSUADE', 'CONFRONT'] as const)('after change talk, %s is told as what it is', (code) => {
    const coded = [k('CHANGE', 'I want to quit.'), c(code)];
    // The tip of the code itself, as without the change talk before it (its wording may now quote the client).
    const tip = tipForTurn(coded, 1, 'nb');
    expect(tip?.kind).toBe(tipForTurn([c(code)], 0, 'nb')?.kind);
    const wording = (w: string) => new RegExp(`^${w.replace(/[.?()]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);
    expect(TEXTS.nb.codes[code].wordings.some((w) => wording(w).test(tip?.text ?? ''))).toBe(true);
    expect(tipForTurn(coded, 1, 'nb')?.text).not.toMatch(/endringssnakk/);
  });

  it('suggests at most three changes, worst first, each with an alternative', () => {
    const coded = codeTranscript(
      coder,
      history(
        ['counsellor', 'Do you smoke?'],
        ['client', 'Yes, but I want to be a good dad.'],
        ['counsellor', 'You should stop right now.'],
        ['client', 'It is not that bad.'],
        ['counsellor', "You're in denial about this."],
        ['client', 'Whatever.'],
        ['counsellor', 'Smoking increases the risk of cancer.'],
      ),
      { lang: 'en' },
    );
    const s = sessionSuggestions(coded, 'en');
    expect(s).toHaveLength(3);
    expect(s.map((x) => x.code).slice(0, 2)).toEqual(['CONFRONT', 'PERSUADE']);
    expect(s.every((x) => x.alternative.length > 0)).toBe(true);
    expect(s[1]?.alternative).toBe('You want to be a good dad.');
  });
});

describe('estimated globals of a short session', () => {
  const turns = (n: number) => Array.from({ length: n }, () => c('COMPLEX_REFLECTION'));

  it('are too short to rate under 10 counsellor turns, and get no band', () => {
    const short = buildReport([c('QUESTION_OPEN'), ...turns(2)], 'en');
    expect(short.globalsRating).toBe('tooShort');
    expect(short.bands.technical).toBe('unknown');
    expect(short.bands.relational).toBe('unknown');
    const long = buildReport([c('QUESTION_OPEN'), ...turns(9)], 'en');
    expect(long.globalsRating).toBe('rated');
    expect(long.bands.relational).not.toBe('unknown');
  });

  it.each(['nb', 'da', 'en'] as const)('explain every global in the report language (%s)', (lang) => {
    const rules = Object.values(buildReport(turns(10), lang).globals).map((g) => g.rule);
    const other = (['nb', 'da', 'en'] as const).filter((l) => l !== lang);
    for (const l of other)
      for (const r of Object.values(buildReport(turns(10), l).globals).map((g) => g.rule))
        expect(rules).not.toContain(r);
  });
});

describe('every behaviour of a turn', () => {
  const multi = (code: CounsellorCode, codes: CounsellorCode[]): CodedUtterance => ({
    speaker: 'counsellor',
    text: '',
    coding: { code, codes, confidence: 1, reason: '', techniques: [], lang: 'en' },
  });

  it('counts a reflection then a question as one of each, autonomy and affirmation as adherent', () => {
    const s = buildReport(
      [
        multi('QUESTION_OPEN', ['SIMPLE_REFLECTION', 'QUESTION_OPEN']),
        multi('QUESTION_OPEN', ['EMPHASIZING_AUTONOMY', 'QUESTION_OPEN']),
        multi('AFFIRM', ['AFFIRM', 'COMPLEX_REFLECTION']),
      ],
      'en',
    ).summary;
    expect(s.questions).toBe(2);
    expect(s.reflections).toBe(2);
    expect(s.rq).toBe(1);
    expect(s.pctComplexReflections).toBe(0.5);
    expect(s.miAdherent).toBe(2);
    expect(s.turns).toBe(3);
  });
});
