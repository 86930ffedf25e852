import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  addSuggestion,
  MAX_PARTICIPANTS,
  oarsOf,
  openRoom,
  removeParticipant,
  tagClient,
  tagCounsellor,
} from '../../server/domain/rooms/room.js';
import { roomTallies } from '../../server/domain/rooms/tallies.js';

describe('room state', () => {
  it('counts the class tags per turn and the agreement with the coder', () => {
    let room = openRoom('ABCDEF', 's1');
    for (const id of ['a', 'b', 'c', 'd']) room = addParticipant(room, { id, name: id });
    room = tagClient(room, 'a', 1, 'CHANGE');
    room = tagClient(room, 'b', 1, 'CHANGE');
    room = tagClient(room, 'c', 1, 'SUSTAIN');
    room = tagClient(room, 'c', 1, 'CHANGE'); // a changed mind counts once
    room = tagCounsellor(room, 'a', 1, 'reflection');
    room = tagCounsellor(room, 'b', 1, 'openQuestion');
    const t = roomTallies(room, [
      { turn: 1, client: 'CHANGE', counsellor: 'reflection' },
      { turn: 2, client: 'NEUTRAL', counsellor: 'other' },
    ]);
    expect(t.client[0]).toEqual({ turn: 1, counts: { CHANGE: 3 }, total: 3, auto: 'CHANGE', agreement: 1 });
    expect(t.counsellor[0]?.agreement).toBe(0.5);
    expect(t.client[1]).toMatchObject({ total: 0, agreement: null });
  });

  it('maps coder codes to what observers listen for (OARS)', () => {
    expect(oarsOf('QUESTION_OPEN', false)).toBe('openQuestion');
    expect(oarsOf('COMPLEX_REFLECTION', true)).toBe('summary');
    expect(oarsOf('SIMPLE_REFLECTION', false)).toBe('reflection');
    expect(oarsOf('AFFIRM', false)).toBe('affirmation');
    expect(oarsOf('PERSUADE', false)).toBe('other');
  });

  it('takes suggestions only while the presenter asks, and has a size limit', () => {
    const room = openRoom('ABCDEF', 's1');
    const s = { id: 'x', participantId: 'a', name: 'A', text: 'Du vil…', code: 'SIMPLE_REFLECTION' as const };
    expect(() => addSuggestion(room, s)).toThrow(RangeError);
    expect(addSuggestion({ ...room, asking: true }, s).suggestions).toHaveLength(1);
    const full = {
      ...room,
      participants: Array.from({ length: MAX_PARTICIPANTS }, (_, i) => ({ id: `${i}`, name: '' })),
    };
    expect(() => addParticipant(full, { id: 'late', name: 'Late' })).toThrow(RangeError);
    expect(removeParticipant(full, '0').participants).toHaveLength(MAX_PARTICIPANTS - 1);
  });
});
