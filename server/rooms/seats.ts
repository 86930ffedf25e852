/**
 * Seating students in a live room: a new participant gets a rejoin token; the token brings the same participant
 * back after a dropped connection or a reload, until the presenter removes them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { addParticipant, type RoomState, rejoinParticipant } from '../domain/rooms/room.js';
import { AppError } from '../protocol/errors.js';
import type { RoomRegistry } from './registry.js';

/** Wraps domain range errors (room full, not asking) as user errors. */
export function change(registry: RoomRegistry, code: string, fn: (s: RoomState) => RoomState): RoomState {
  try {
    return registry.update(code, fn);
  } catch (err) {
    if (err instanceof RangeError) throw new AppError('conflict', err.message);
    throw err;
  }
}

/** 144 random bits: a seat in the room cannot be guessed, only kept. */
const newRejoinToken = () => randomBytes(18).toString('base64url');

/** Seats a student: back in their old seat with a rejoin token, or a new participant without one. */
export function seat(registry: RoomRegistry, code: string, name: string, rejoin: string | undefined) {
  if (rejoin !== undefined) {
    let back: { id: string; name: string } | undefined;
    change(registry, code, (s) => {
      const r = rejoinParticipant(s, rejoin);
      back = r?.participant;
      return r?.room ?? s;
    });
    if (!back) throw new AppError('forbidden', 'that seat is closed: join again with your name');
    return { ...back, rejoin };
  }
  const p = { id: randomUUID(), name };
  const token = newRejoinToken();
  change(registry, code, (s) => addParticipant(s, p, token));
  return { ...p, rejoin: token };
}
