/** What the room shows: the conversation, with codes and state only where the presenter revealed them. */

import type { z } from 'zod';
import type { CodedUtterance } from '../domain/coder/types.js';
import { oarsOf, type RoomState } from '../domain/rooms/room.js';
import { type RoomTallies, roomTallies } from '../domain/rooms/tallies.js';
import type { SessionView } from '../protocol/index.js';
import type { RoomTurnSchema, RoomViewSchema } from '../protocol/rooms.js';

type RoomTurn = z.infer<typeof RoomTurnSchema>;
type RoomView = z.infer<typeof RoomViewSchema>;

export function roomTurn(room: RoomState, t: SessionView['turns'][number]): RoomTurn {
  const codes = room.reveal.codes;
  return {
    turn: t.turn,
    counsellor: { text: t.counsellor.text, ...(codes ? { code: t.counsellor.coding.code } : {}) },
    client: { text: t.client.text, ...(codes ? { code: t.client.coding.code } : {}) },
    ...(room.reveal.state ? { state: t.state } : {}),
  };
}

export function roomView(room: RoomState, session: SessionView): RoomView {
  return {
    code: room.code,
    paused: room.paused,
    asking: room.asking,
    reveal: room.reveal,
    participants: room.participants.length,
    opening: session.opening?.text ?? '',
    turns: session.turns.map((t) => roomTurn(room, t)),
  };
}

/** The coder's codes per turn, in the vocabulary observers tag with. */
export function autoCodes(turns: SessionView['turns']) {
  return turns.map((t) => ({
    turn: t.turn,
    client: t.client.coding.code,
    counsellor: oarsOf(t.counsellor.coding.code, t.counsellor.coding.techniques.includes('summary')),
  }));
}

export function tallies(room: RoomState, session: SessionView): RoomTallies {
  return roomTallies(room, autoCodes(session.turns));
}

/** The conversation as coder history, for coding a suggested next turn in context. */
export function historyOf(session: SessionView): CodedUtterance[] {
  const out: CodedUtterance[] = [];
  if (session.opening)
    out.push({ speaker: 'client', text: session.opening.text, coding: session.opening.coding });
  for (const t of session.turns) {
    out.push({ speaker: 'counsellor', text: t.counsellor.text, coding: t.counsellor.coding });
    out.push({ speaker: 'client', text: t.client.text, coding: t.client.coding });
  }
  return out;
}
