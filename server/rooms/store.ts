/**
 * Where live class rooms live: one interface, written once over two backends (memory for one process, Redis
 * for several behind a load balancer), as tldraw's sync-core does with its storage. A room is a class
 * demonstration, not stored data: it lives while its session is open and a presenter keeps it alive.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { CLIENT_CODES, COUNSELLOR_CODES } from '../domain/codes.js';
import { OARS_TAGS, type RoomState } from '../domain/rooms/room.js';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../protocol/rooms.js';

export interface LiveRoom {
  state: RoomState;
  /** The presenter's session token: the room reads the session with it. */
  token: string;
}

export interface RoomStore {
  /** The session's room if it has one, else a new room with a code no open room has. */
  open(sessionId: string, token: string): Promise<LiveRoom>;
  get(code: string): Promise<LiveRoom | undefined>;
  forSession(sessionId: string): Promise<LiveRoom | undefined>;
  /** Atomic read-change-write (`fn` may run more than once); AppError `not_found` when the room is closed. */
  update(code: string, fn: (s: RoomState) => RoomState): Promise<RoomState>;
  /** True for the one call that closed it (so exactly one process tells the room). */
  close(code: string): Promise<boolean>;
  /** A presenter is still there: the room's idle time starts again. */
  touch(code: string): Promise<void>;
  /** Rooms whose idle time has run out (closing them is the caller's). */
  expired(): Promise<string[]>;
}

export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

const ParticipantSchema = z.object({ id: z.string(), name: z.string() });

/** A room as it is stored in Redis: parsed on every load, never cast. */
export const StoredRoomSchema = z.object({
  token: z.string(),
  state: z.object({
    code: z.string(),
    sessionId: z.string(),
    paused: z.boolean(),
    reveal: z.object({ codes: z.boolean(), gauges: z.boolean(), state: z.boolean() }),
    participants: z.array(ParticipantSchema),
    seats: z.record(z.string(), ParticipantSchema),
    clientTags: z.record(z.string(), z.record(z.string(), z.enum(CLIENT_CODES))),
    counsellorTags: z.record(z.string(), z.record(z.string(), z.enum(OARS_TAGS))),
    asking: z.boolean(),
    suggestions: z.array(
      z.object({
        id: z.string(),
        participantId: z.string(),
        name: z.string(),
        text: z.string(),
        code: z.enum(COUNSELLOR_CODES),
      }),
    ),
  }),
}) satisfies z.ZodType<LiveRoom>;
