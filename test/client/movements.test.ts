import { describe, expect, it } from 'vitest';
import type { PresetSettings } from '../../server/domain/cases/schema.js';
import { DISCORD_GUARDED, nextState } from '../../server/domain/client/movements.js';
import { recordReply } from '../../server/domain/client/record.js';
import { advanceStage } from '../../server/domain/client/stage.js';
import type { ClientState } from '../../server/domain/client/state.js';
import type { CounsellorCode } from '../../server/domain/codes.js';
import { coding } from './helpers.js';

const NORMAL: PresetSettings = {
  importance: 4,
  confidence: 4,
  trust: 5,
  discord: 1,
  exploration: 2,
  responsiveness: 1,
  sensitivity: 1,
};

const base = (over: Partial<ClientState> = {}): ClientState => ({
  importance: 4,
  confidence: 4,
  discord: 1,
  trust: 5,
  explorationScore: 2,
  exploration: 2,
  stage: 'contemplation',
  openPetals: [],
  permissionGiven: false,
  agreedStep: false,
  usedLines: [],
  said: { changeTalk: [], sustainTalk: 0, petals: [] },
  turn: 0,
  ...over,
});

const move = (
  code: CounsellorCode,
  state = base(),
  preset = NORMAL,
  techniques: Parameters<typeof coding>[1] = [],
) => nextState(state, coding(code, techniques), { raisedPetals: [] }, preset);

describe('nextState', () => {
  it('deepens exploration and importance with a complex reflection, more than with a simple one', () => {
    const complex = move('COMPLEX_REFLECTION');
    const simple = move('SIMPLE_REFLECTION');
    expect(complex.explorationScore).toBeGreaterThan(simple.explorationScore);
    expect(simple.explorationScore).toBeGreaterThan(2);
    expect(complex.importance).toBeGreaterThan(4);
    expect(complex.discord).toBeLessThan(1);
  });

  it('lets closed questions pull exploration back', () => {
    expect(move('QUESTION_CLOSED', base({ explorationScore: 3.2, exploration: 3 })).exploration).toBe(2);
  });

  it('builds trust with affirmation and autonomy', () => {
    expect(move('AFFIRM').trust).toBeGreaterThan(5);
    expect(move('EMPHASIZING_AUTONOMY').trust).toBeGreaterThan(5);
    expect(move('AFFIRM').confidence).toBeGreaterThan(4);
  });

  it('raises discord and lowers trust with confronting and persuading, scaled by sensitivity', () => {
    const normal = move('CONFRONT');
    const sensitive = move('CONFRONT', base(), { ...NORMAL, sensitivity: 2 });
    expect(normal.discord).toBeGreaterThan(1);
    expect(normal.trust).toBeLessThan(5);
    expect(sensitive.discord).toBeGreaterThan(normal.discord);
    expect(move('PERSUADE').discord).toBeGreaterThan(1);
  });

  it('treats information as advice without permission and as welcome after asking', () => {
    expect(move('GIVING_INFORMATION').discord).toBeGreaterThan(1);
    const asked = move('QUESTION_CLOSED', base(), NORMAL, ['askingPermission']);
    expect(asked.permissionGiven).toBe(true);
    const informed = move('GIVING_INFORMATION', asked);
    expect(informed.importance).toBeGreaterThan(asked.importance);
    expect(informed.discord).toBeLessThanOrEqual(asked.discord);
  });

  it('keeps a guarded client at level 2 whatever the counsellor does', () => {
    let s = base({ discord: DISCORD_GUARDED + 2 });
    for (let i = 0; i < 5; i++) s = move('COMPLEX_REFLECTION', { ...s, discord: DISCORD_GUARDED + 2 });
    expect(s.exploration).toBeLessThanOrEqual(2);
  });

  it('moves faster with higher responsiveness', () => {
    const slow = move('COMPLEX_REFLECTION', base(), { ...NORMAL, responsiveness: 0.5 });
    const fast = move('COMPLEX_REFLECTION', base(), { ...NORMAL, responsiveness: 2 });
    expect(fast.explorationScore - 2).toBeGreaterThan(slow.explorationScore - 2);
    expect(fast.importance).toBeGreaterThan(slow.importance);
  });

  it('opens raised petals once and counts the turn', () => {
    const s = nextState(base(), coding('QUESTION_OPEN'), { raisedPetals: ['feelings', 'feelings'] }, NORMAL);
    expect(s.openPetals).toEqual(['feelings']);
    expect(s.turn).toBe(1);
  });

  it('stays within 0..10 and 1..5 and does not mutate its input', () => {
    const start = base({ discord: 9.5, trust: 0.5, explorationScore: 1, exploration: 1 });
    const frozen = structuredClone(start);
    const s = move('CONFRONT', start, { ...NORMAL, sensitivity: 3 });
    expect(s.discord).toBe(10);
    expect(s.trust).toBe(0);
    expect(s.exploration).toBe(1);
    expect(start).toEqual(frozen);
  });
});

describe('stage and reply bookkeeping', () => {
  it('advances with importance and confidence, and falls back with discord', () => {
    expect(advanceStage({ ...base(), stage: 'precontemplation', importance: 5 })).toBe('contemplation');
    expect(advanceStage({ ...base(), importance: 8, confidence: 7 })).toBe('preparation');
    expect(advanceStage({ ...base(), stage: 'preparation', discord: 7 })).toBe('contemplation');
    expect(advanceStage({ ...base(), stage: 'preparation', agreedStep: true })).toBe('action');
  });

  it('records lines, change talk and agreed steps', () => {
    const s = recordReply(
      base(),
      { kind: 'react', reaction: 'affirmation', followUp: { kind: 'changeTalk', darn: 'desire' } },
      ['reactions.affirmation.0', 'changeTalk.desire.1'],
    );
    expect(s.usedLines).toEqual(['reactions.affirmation.0', 'changeTalk.desire.1']);
    expect(s.said.changeTalk).toEqual(['desire']);
    expect(recordReply(base(), { kind: 'agreeStep' }, ['reactions.agreeStep.0']).agreedStep).toBe(true);
  });
});
