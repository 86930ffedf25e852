import { describe, expect, it } from 'vitest';
import { sayIntent } from '../../server/domain/client/realise.js';
import { createRng } from '../../server/domain/client/rng.js';
import { initialState } from '../../server/domain/client/state.js';
import { raisedPetals, raisedTopics } from '../../server/domain/client/topics.js';
import { fixtureCase } from './helpers.js';

const c = fixtureCase();
const state = initialState(c, 'ambivalent');

describe('topics', () => {
  it('matches keywords with a * suffix, ignoring case and punctuation', () => {
    expect(raisedTopics(c, 'en', 'And your KNEES, how are they?')).toEqual(['knee']);
    expect(raisedTopics(c, 'en', 'What about the weather?')).toEqual(['rain']);
    expect(raisedPetals(c, 'en', 'How do you feel about your family?')).toEqual([
      'relationships',
      'feelings',
    ]);
    expect(raisedPetals(c, 'en', 'Knowledge')).toEqual([]);
  });
});

describe('sayIntent', () => {
  it('prefers a line on the topic that was raised', () => {
    const said = sayIntent(
      { kind: 'changeTalk', darn: 'desire' },
      c,
      'en',
      state,
      'My knee hurts',
      createRng(1),
    );
    expect(said.lineId).toBe('changeTalk.desire.1');
  });

  it('never repeats a line and falls back to neighbouring pools when one is said up', () => {
    let s = state;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const said = sayIntent({ kind: 'changeTalk', darn: 'need' }, c, 'en', s, 'x', createRng(i));
      ids.push(...said.lineIds);
      s = { ...s, usedLines: [...s.usedLines, ...said.lineIds] };
    }
    expect(new Set(ids).size).toBe(12);
    expect(ids.filter((id) => id.startsWith('changeTalk.need.')).length).toBe(6);
  });

  it('puts the number into scaling answers', () => {
    const said = sayIntent(
      { kind: 'scaling', which: 'importance', value: 7 },
      c,
      'en',
      state,
      'x',
      createRng(1),
    );
    expect(said.text).toMatch(/^Maybe a 7/);
  });

  it('joins a reaction and a follow-up into one reply', () => {
    const intent = {
      kind: 'react',
      reaction: 'affirmation',
      followUp: { kind: 'changeTalk', darn: 'ability' },
    } as const;
    const said = sayIntent(intent, c, 'en', state, 'x', createRng(1));
    expect(said.lineIds).toHaveLength(2);
    expect(said.lineId).toBe(said.lineIds.join('+'));
    expect(said.text).toMatch(/^Thanks.*I could manage/);
  });

  it('speaks the session language', () => {
    const nb = { ...c, sustainTalk: c.sustainTalk.map((l) => ({ ...l, nb: `NB ${l.en}` })) };
    expect(sayIntent({ kind: 'sustainTalk' }, nb, 'nb', state, 'x', createRng(1)).text).toMatch(/^NB /);
  });

  it("prefers lines the check accepts for the intent's leaning, and falls back when none pass", () => {
    const onlyThird = (text: string) => text.includes('(3)');
    const said = sayIntent({ kind: 'sustainTalk' }, c, 'en', state, 'x', createRng(1), onlyThird);
    expect(said.text).toContain('(3)');
    const none = sayIntent({ kind: 'sustainTalk' }, c, 'en', state, 'x', createRng(1), () => false);
    expect(none.lineId).toMatch(/^sustainTalk\./);
  });
});
