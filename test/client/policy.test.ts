import { describe, expect, it } from 'vitest';
import type { Intent } from '../../server/domain/client/intent.js';
import { decideReply, PUSHBACK_DISCORD } from '../../server/domain/client/policy.js';
import { createRng } from '../../server/domain/client/rng.js';
import { type ClientState, initialState } from '../../server/domain/client/state.js';
import type { CounsellorCode } from '../../server/domain/codes.js';
import { coding, fixtureCase } from './helpers.js';

const c = fixtureCase();
const start = initialState(c, 'ambivalent');
const decide = (
  code: CounsellorCode,
  state: ClientState = start,
  text = 'something',
  techniques: Parameters<typeof coding>[1] = [],
  seed = 1,
): Intent => decideReply(state, coding(code, techniques), text, c, 'en', createRng(seed));

const kinds = (f: (seed: number) => Intent) => Array.from({ length: 50 }, (_, i) => f(i).kind);

describe('decideReply', () => {
  it('answers closed questions with a short yes / no / unsure', () => {
    expect(decide('QUESTION_CLOSED')).toMatchObject({ kind: 'answerClosed' });
  });

  it('reacts to confrontation and persuasion, and pushes back once discord is high', () => {
    expect(decide('CONFRONT')).toEqual({ kind: 'react', reaction: 'confrontation' });
    expect(decide('PERSUADE')).toEqual({ kind: 'react', reaction: 'unsolicitedAdvice' });
    expect(decide('CONFRONT', { ...start, discord: PUSHBACK_DISCORD })).toEqual({ kind: 'pushBack' });
  });

  it('hears information as advice unless permission was given', () => {
    expect(decide('GIVING_INFORMATION')).toEqual({ kind: 'react', reaction: 'unsolicitedAdvice' });
    expect(decide('GIVING_INFORMATION', { ...start, permissionGiven: true })).toMatchObject({
      kind: 'react',
      reaction: 'informationReceived',
    });
  });

  it('agrees to be told something when asked permission', () => {
    const asked = { ...start, permissionGiven: true };
    expect(decide('QUESTION_CLOSED', asked, 'May I tell you?', ['askingPermission'])).toMatchObject({
      reaction: 'permissionAsked',
    });
  });

  it('answers scaling questions with its current number', () => {
    const s = { ...start, importance: 6.4, confidence: 3 };
    expect(decide('QUESTION_OPEN', s, 'How important is it, 0 to 10?', ['scalingQuestion'])).toEqual({
      kind: 'scaling',
      which: 'importance',
      value: 6,
    });
    expect(decide('QUESTION_OPEN', s, 'How confident are you?', ['scalingQuestion'])).toMatchObject({
      which: 'confidence',
      value: 3,
    });
    expect(decide('QUESTION_OPEN', s, 'Why a 6 and not lower?', ['scalingQuestion'])).toMatchObject({
      which: 'whyNotLower',
    });
  });

  it('draws much more change talk from a trusting, exploring client than a guarded one', () => {
    const open: ClientState = {
      ...start,
      importance: 8,
      trust: 8,
      discord: 0,
      exploration: 4,
      explorationScore: 4,
    };
    const guarded: ClientState = { ...start, importance: 3, trust: 2, discord: 5 };
    // A reflection is confirmed (or corrected) first; the change talk, if any, is what follows.
    const ct = (s: ClientState) =>
      Array.from({ length: 50 }, (_, seed) => decide('COMPLEX_REFLECTION', s, 'So you…', [], seed)).filter(
        (i) => i.kind === 'changeTalk' || (i.kind === 'reflected' && i.next?.kind === 'changeTalk'),
      ).length;
    expect(ct(open)).toBeGreaterThan(2 * ct(guarded));
  });

  it('agrees to a step once ready and asked', () => {
    const ready: ClientState = {
      ...start,
      stage: 'preparation',
      importance: 9,
      confidence: 8,
      discord: 0,
      trust: 8,
    };
    expect(decide('SEEKING_COLLABORATION', ready)).toEqual({ kind: 'agreeStep' });
  });

  it('follows a reaction with more talk at higher exploration only', () => {
    const deep: ClientState = { ...start, exploration: 4, explorationScore: 4, trust: 8 };
    expect(decide('AFFIRM')).toEqual({ kind: 'react', reaction: 'affirmation' });
    expect(decide('AFFIRM', deep)).toMatchObject({ kind: 'react', reaction: 'affirmation', followUp: {} });
  });

  it('is deterministic for a seed', () => {
    expect(kinds((s) => decide('QUESTION_OPEN', start, 'x', [], s))).toEqual(
      kinds((s) => decide('QUESTION_OPEN', start, 'x', [], s)),
    );
  });
});
