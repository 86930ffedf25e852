/**
 * Seating students in a live room: a new participant gets a rejoin token; the token brings the same participant
 * back after a dropped connection or a reload, until the presenter removes them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { addParticipant, type RoomState, rejoinParticipant } from '../domain/rooms/room.js';
import { AppError } from '../protocol/errors.js';
import type { RoomStore } from './store.js';

/** Wraps domain range errors (room full, not asking) as user errors. */
export async function change(
  store: RoomStore,
  code: string,
  fn: (s: RoomState) => RoomState,
): Promise<RoomState> {
  try {
    return await store.update(code, fn);
  } catch (err) {
    if (err instanceof RangeError) throw new AppError('conflict', err.message);
    throw err;
  }
}

/** 144 random bits: a seat in the room cannot be guessed, only kept. */
const newRejoinToken = () => randomBytes(18).toString('base64url');

export interface Seated {
  id: string;
  name: string;
  rejoin: string;
  /** The room with the student in it. */
  state: RoomState;
}

/** Seats a student: back in their old seat with a rejoin token, or a new participant without one. */
export async function seat(
  store: RoomStore,
  code: string,
  name: string,
  rejoin: string | undefined,
): Promise<Seated> {
  if (rejoin !== undefined) {
    // `fn` may run more than once (a write raced it): the last run's answer is the one written.
    let back: { id: string; name: string } | undefined;
    const state = await change(store, code, (s) => {
      const r = rejoinParticipant(s, rejoin);
      back = r?.participant;
      return r?.room ?? s;
    });
    if (!back) throw new AppError('forbidden', 'that seat is closed: join again with your name');
    return { ...back, rejoin, state };
  }
  const p = { id: randomUUID(), name };
  const token = newRejoinToken();
  const state = await change(store, code, (s) => addParticipant(s, p, token));
  return { ...p, rejoin: token, state };
}
