import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  addSuggestion,
  leaveParticipant,
  MAX_PARTICIPANTS,
  oarsOf,
  openRoom,
  rejoinParticipant,
  removeParticipant,
  tagClient,
  tagCounsellor,
} from '../../server/domain/rooms/room.js';
import { roomTallies } from '../../server/domain/rooms/tallies.js';

describe('room state', () => {
  it('counts the class tags per turn and the agreement with the coder', () => {
    let room = openRoom('ABCDEF', 's1');
    for (const id of ['a', 'b', 'c', 'd']) room = addParticipant(room, { id, name: id }, `t-${id}`);
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
    expect(() => addParticipant(full, { id: 'late', name: 'Late' }, 't-late')).toThrow(RangeError);
    expect(removeParticipant(full, '0').participants).toHaveLength(MAX_PARTICIPANTS - 1);
  });

  it('brings a participant back by rejoin token, unless the presenter removed them', () => {
    let room = addParticipant(openRoom('ABCDEF', 's1'), { id: 'a', name: 'Ada' }, 'tok-a');
    room = tagClient(room, 'a', 1, 'CHANGE');
    room = leaveParticipant(room, 'a');
    expect(room.participants).toEqual([]);
    const back = rejoinParticipant(room, 'tok-a');
    expect(back?.participant).toEqual({ id: 'a', name: 'Ada' });
    expect(back?.room.participants).toEqual([{ id: 'a', name: 'Ada' }]);
    // Rejoining twice does not seat them twice.
    expect(rejoinParticipant(back?.room ?? room, 'tok-a')?.room.participants).toHaveLength(1);
    expect(rejoinParticipant(room, 'nope')).toBeUndefined();
    expect(rejoinParticipant(room, 'constructor')).toBeUndefined();
    expect(rejoinParticipant(removeParticipant(back?.room ?? room, 'a'), 'tok-a')).toBeUndefined();
  });
});
