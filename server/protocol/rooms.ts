/** Messages of live class rooms: the presenter's controls, observers joining by code, tags and suggestions. */
import { z } from 'zod';
import { CLIENT_CODES, COUNSELLOR_CODES } from '../domain/codes.js';
import { OARS_TAGS } from '../domain/rooms/room.js';

/** What observers tag: the client's talk, and the counsellor's OARS skill. */
export { CLIENT_CODES as CLIENT_TAGS } from '../domain/codes.js';
export { OARS_TAGS };

import { VisibleStateSchema } from './domain-schemas.js';

/** Six characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to type on a phone. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;
export const ROOM_LIMITS = {
  NAME_MAX_CHARS: 40,
  SUGGESTION_MAX_CHARS: 500,
  STUDENT_EVENTS_PER_MINUTE: 30,
} as const;

const RoomCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`), 'not a room code');

export const RoomOpenSchema = z.object({ id: z.string().min(1).max(100), token: z.string().min(1).max(200) });
export const RoomControlSchema = z.object({
  paused: z.boolean().optional(),
  reveal: z.object({ codes: z.boolean(), gauges: z.boolean(), state: z.boolean() }).partial().optional(),
  asking: z.boolean().optional(),
});
export const RoomRemoveSchema = z.object({ participantId: z.string().min(1).max(100) });
export const RoomJoinSchema = z.object({
  code: RoomCode,
  name: z.string().trim().min(1, 'write your name').max(ROOM_LIMITS.NAME_MAX_CHARS),
  /** The token from an earlier `room:joined`: come back as the same participant after a dropped connection. */
  rejoin: z.string().min(16).max(100).optional(),
});
export const RoomTagSchema = z.discriminatedUnion('speaker', [
  z.object({ turn: z.number().int().min(1), speaker: z.literal('client'), tag: z.enum(CLIENT_CODES) }),
  z.object({ turn: z.number().int().min(1), speaker: z.literal('counsellor'), tag: z.enum(OARS_TAGS) }),
]);
export const RoomSuggestSchema = z.object({
  text: z.string().trim().min(1).max(ROOM_LIMITS.SUGGESTION_MAX_CHARS),
});

export const TallySchema = z.object({
  turn: z.number().int(),
  counts: z.record(z.string(), z.number()),
  total: z.number().int(),
  auto: z.string().nullable(),
  agreement: z.number().nullable(),
});

export const ClassTalliesSchema = z.object({
  client: z.array(TallySchema),
  counsellor: z.array(TallySchema),
});

/** What everybody in the room sees; codes and state only once the presenter reveals them. */
export const RoomTurnSchema = z.object({
  turn: z.number().int(),
  counsellor: z.object({ text: z.string(), code: z.enum(COUNSELLOR_CODES).optional() }),
  client: z.object({ text: z.string(), code: z.enum(CLIENT_CODES).optional() }).nullable(),
  state: VisibleStateSchema.optional(),
});

export const RoomViewSchema = z.object({
  code: z.string(),
  paused: z.boolean(),
  asking: z.boolean(),
  reveal: z.object({ codes: z.boolean(), gauges: z.boolean(), state: z.boolean() }),
  participants: z.number().int(),
  opening: z.string(),
  turns: z.array(RoomTurnSchema),
});

/** `joinUrl` is absolute (PUBLIC_URL, else the presenter's Host): what the QR code and the projector show. */
export const RoomOpenedSchema = z.object({
  code: z.string(),
  joinPath: z.string(),
  joinUrl: z.string(),
  room: RoomViewSchema,
});
export const RoomJoinedSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  /** Keep it on the phone and send it as `rejoin` to come back as this participant. */
  rejoin: z.string(),
  room: RoomViewSchema,
});
/** `GET /api/rooms/:code/qr.svg`. */
export const RoomQrParamsSchema = z.object({ code: RoomCode });
export const RoomPresenterUpdateSchema = z.object({
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
  tallies: ClassTalliesSchema,
  suggestions: z.array(
    z.object({ id: z.string(), name: z.string(), text: z.string(), code: z.enum(COUNSELLOR_CODES) }),
  ),
});
export const RoomRemovedSchema = z.object({ reason: z.string() });
/** The room has closed (its session ended or was deleted, or no presenter came back in time); its code is gone. */
export const RoomClosedSchema = z.object({ reason: z.string() });
