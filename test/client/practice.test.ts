import { describe, expect, it } from 'vitest';
import {
  endPractice,
  PracticeError,
  type PracticeSession,
  startPractice,
  takeTurn,
} from '../../server/domain/practice/index.js';
import { fakeCoder, fixtureCase } from './helpers.js';

const c = fixtureCase();
const deps = { coder: fakeCoder, case: c };
const SCRIPT = [
  'QUESTION_OPEN: What brings you here?',
  'COMPLEX_REFLECTION: Your knee has been holding you back.',
  'AFFIRM: You have already thought a lot about this.',
  'QUESTION_CLOSED: Do you walk at all?',
  'QUESTION_OPEN+scalingQuestion: On a scale from 0 to 10, how important is walking?',
  'CONFRONT: You are just making excuses.',
];

function run(lines: readonly string[], session: PracticeSession) {
  return lines.reduce((s, line) => takeTurn(s, line, deps).session, session);
}

const start = () => startPractice({ case: c, lang: 'en', preset: 'ambivalent', seed: 5, hints: true }, deps);

describe('practice session', () => {
  it('starts with the opening line and the preset state', () => {
    const s = start();
    expect(s.opening.text).toBe(c.opening.en);
    expect(s.state.exploration).toBe(2);
    const resistant = startPractice(
      { case: c, lang: 'en', preset: 'resistant', seed: 5, hints: false },
      deps,
    );
    expect(resistant.opening.text).toBe(c.presets.resistant.opening?.en);
  });

  it('codes both sides of a turn and gives a tip when hints are on', () => {
    const r = takeTurn(start(), 'QUESTION_CLOSED: Do you walk?', deps);
    expect(r.counsellorTurn.coding.code).toBe('QUESTION_CLOSED');
    expect(r.counsellorTurn.tip).toBeTruthy();
    expect(r.clientTurn.intent).toMatchObject({ kind: 'answerClosed' });
    expect(['CHANGE', 'SUSTAIN', 'NEUTRAL']).toContain(r.clientTurn.coding.code);
    expect(r.report.turns).toBe(1);
  });

  it('does not mutate the session it is given', () => {
    const s = start();
    const copy = structuredClone(s);
    takeTurn(s, SCRIPT[0] ?? '', deps);
    expect(s).toEqual(copy);
  });

  it('resumes from JSON exactly where it left off', () => {
    const whole = run(SCRIPT, start());
    const half = run(SCRIPT.slice(0, 3), start());
    const resumed = run(SCRIPT.slice(3), JSON.parse(JSON.stringify(half)) as PracticeSession);
    expect(resumed).toEqual(whole);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(run(SCRIPT, start())).toEqual(run(SCRIPT, start()));
    const other = startPractice({ case: c, lang: 'en', preset: 'ambivalent', seed: 6, hints: true }, deps);
    const texts = (s: PracticeSession) => s.turns.map((t) => t.client.text).join('|');
    expect(texts(run(SCRIPT, other))).not.toBe(texts(run(SCRIPT, start())));
  });

  it('ends with a report and refuses further turns', () => {
    const { session, report } = endPractice(run(SCRIPT, start()));
    expect(report.turns).toBe(SCRIPT.length);
    expect(report.miti.counts.CONFRONT).toBe(1);
    expect(report.client.exploration.start).toBe(2);
    expect(() => takeTurn(session, 'QUESTION_OPEN: more?', deps)).toThrow(PracticeError);
  });

  it('rejects an empty turn and a different case', () => {
    expect(() => takeTurn(start(), '   ', deps)).toThrow(PracticeError);
    expect(() => takeTurn(start(), 'hi', { ...deps, case: { ...c, id: 'other' } })).toThrow(/case other/);
  });
});
