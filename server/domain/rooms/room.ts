/**
 * A live class room as plain data: who is in it, what the presenter shows, the class's tags per turn and the
 * suggestions for the next turn. Pure functions; the socket gateway keeps one per room and broadcasts views.
 */
import type { ClientCode, CounsellorCode } from '../codes.js';

/** What observers can hear in a counsellor turn (OARS, plus the rest). */
export const OARS_TAGS = [
  'openQuestion',
  'closedQuestion',
  'affirmation',
  'reflection',
  'summary',
  'other',
] as const;
export type OarsTag = (typeof OARS_TAGS)[number];

export const MAX_PARTICIPANTS = 1_000;
export const MAX_SUGGESTIONS = 200;

export interface Participant {
  id: string;
  name: string;
}

export interface Suggestion {
  id: string;
  participantId: string;
  name: string;
  text: string;
  code: CounsellorCode;
}

export interface Reveal {
  codes: boolean;
  gauges: boolean;
  state: boolean;
}

export interface RoomState {
  code: string;
  sessionId: string;
  paused: boolean;
  reveal: Reveal;
  participants: Participant[];
  /**
   * Rejoin token → participant, for everyone who joined and was not removed: a phone that lost its connection
   * comes back as the same participant (same name, same tags) instead of a second one.
   */
  seats: Record<string, Participant>;
  /** turn → participant id → tag. */
  clientTags: Record<number, Record<string, ClientCode>>;
  counsellorTags: Record<number, Record<string, OarsTag>>;
  asking: boolean;
  suggestions: Suggestion[];
}

export function openRoom(code: string, sessionId: string): RoomState {
  return {
    code,
    sessionId,
    paused: false,
    reveal: { codes: false, gauges: false, state: false },
    participants: [],
    seats: {},
    clientTags: {},
    counsellorTags: {},
    asking: false,
    suggestions: [],
  };
}

export function addParticipant(room: RoomState, p: Participant, rejoinToken: string): RoomState {
  if (room.participants.length >= MAX_PARTICIPANTS) throw new RangeError('the room is full');
  return { ...room, participants: [...room.participants, p], seats: { ...room.seats, [rejoinToken]: p } };
}

/** The participant a rejoin token belongs to, back in the room; undefined for an unknown or revoked token. */
export function rejoinParticipant(
  room: RoomState,
  rejoinToken: string,
): { room: RoomState; participant: Participant } | undefined {
  const p = Object.hasOwn(room.seats, rejoinToken) ? room.seats[rejoinToken] : undefined;
  if (!p) return undefined;
  if (room.participants.some((x) => x.id === p.id)) return { room, participant: p };
  if (room.participants.length >= MAX_PARTICIPANTS) throw new RangeError('the room is full');
  return { room: { ...room, participants: [...room.participants, p] }, participant: p };
}

/** Gone for now (the phone disconnected): off the list, but the seat stays for a rejoin. */
export function leaveParticipant(room: RoomState, id: string): RoomState {
  return { ...room, participants: room.participants.filter((p) => p.id !== id) };
}

/** Whether the participant has a place in this room (on the list now, or a seat to come back to). */
export function hasParticipant(room: RoomState, id: string): boolean {
  return room.participants.some((p) => p.id === id) || Object.values(room.seats).some((p) => p.id === id);
}

/** Removed by the presenter: off the list, and the rejoin token no longer brings them back. */
export function removeParticipant(room: RoomState, id: string): RoomState {
  const seats = Object.fromEntries(Object.entries(room.seats).filter(([, p]) => p.id !== id));
  return { ...leaveParticipant(room, id), seats };
}

export function tagClient(room: RoomState, participant: string, turn: number, tag: ClientCode): RoomState {
  return {
    ...room,
    clientTags: { ...room.clientTags, [turn]: { ...room.clientTags[turn], [participant]: tag } },
  };
}

export function tagCounsellor(room: RoomState, participant: string, turn: number, tag: OarsTag): RoomState {
  return {
    ...room,
    counsellorTags: { ...room.counsellorTags, [turn]: { ...room.counsellorTags[turn], [participant]: tag } },
  };
}

export function addSuggestion(room: RoomState, s: Suggestion): RoomState {
  if (!room.asking) throw new RangeError('the presenter is not asking the room now');
  if (room.suggestions.length >= MAX_SUGGESTIONS) throw new RangeError('enough suggestions for now');
  return { ...room, suggestions: [...room.suggestions, s] };
}

/** The OARS tag a coder code corresponds to, to compare the class's ears with the coder. */
export function oarsOf(code: CounsellorCode, isSummary: boolean): OarsTag {
  if (isSummary) return 'summary';
  if (code === 'QUESTION_OPEN') return 'openQuestion';
  if (code === 'QUESTION_CLOSED') return 'closedQuestion';
  if (code === 'AFFIRM') return 'affirmation';
  if (code === 'SIMPLE_REFLECTION' || code === 'COMPLEX_REFLECTION') return 'reflection';
  return 'other';
}
