/**
 * The wire protocol shared by server and web client: one zod schema per message. socket.io's typed event maps
 * are derived from these schemas, and every incoming event is safeParsed against them.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors.js';
import {
  ClientTypingSchema,
  EmptySchema,
  EngineNoticeSchema,
  JoinSessionSchema,
  ScoresSchema,
  SendTurnSchema,
  SessionEndedSchema,
  SessionStartedSchema,
  SessionStateSchema,
  StartSessionSchema,
  TurnCodedSchema,
  TurnReplySchema,
  TurnTokenSchema,
} from './messages.js';
import {
  RoomClosedSchema,
  RoomControlSchema,
  RoomJoinedSchema,
  RoomJoinSchema,
  RoomOpenedSchema,
  RoomOpenSchema,
  RoomPresenterUpdateSchema,
  RoomRemovedSchema,
  RoomRemoveSchema,
  RoomSuggestSchema,
  RoomTagSchema,
  RoomTurnSchema,
  RoomViewSchema,
} from './rooms.js';

export * from './domain-schemas.js';
export * from './errors.js';
export * from './llm.js';
export * from './messages.js';
export * from './rooms.js';

/** Bumped when a message changes incompatibly; checked on hello. */
export const PROTOCOL_VERSION = 1;

export const ErrorPayloadSchema = z.object({
  code: z.enum(Object.values(ERROR_CODES) as [string, ...string[]]),
  message: z.string(),
  /** The event the error answers, when it answers one. */
  event: z.string().optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayloadSchema>;

export const HelloSchema = z.object({ protocol: z.number().int() });
export const WelcomeSchema = z.object({ protocol: z.number().int(), server: z.string() });

/** Client → server events: name → payload schema. */
export const clientEvents = {
  hello: HelloSchema,
  'session:start': StartSessionSchema,
  'session:join': JoinSessionSchema,
  'turn:send': SendTurnSchema,
  'session:end': EmptySchema,
  'room:open': RoomOpenSchema,
  'room:control': RoomControlSchema,
  'room:remove': RoomRemoveSchema,
  'room:join': RoomJoinSchema,
  'room:tag': RoomTagSchema,
  'room:suggest': RoomSuggestSchema,
} as const;

/** Server → client events: name → payload schema. */
export const serverEvents = {
  welcome: WelcomeSchema,
  error: ErrorPayloadSchema,
  'session:started': SessionStartedSchema,
  'session:state': SessionStateSchema,
  'turn:coded': TurnCodedSchema,
  'client:typing': ClientTypingSchema,
  'turn:reply': TurnReplySchema,
  'turn:token': TurnTokenSchema,
  'engine:notice': EngineNoticeSchema,
  scores: ScoresSchema,
  'session:ended': SessionEndedSchema,
  'room:opened': RoomOpenedSchema,
  'room:joined': RoomJoinedSchema,
  'room:view': RoomViewSchema,
  'room:turn': RoomTurnSchema,
  'room:presenter': RoomPresenterUpdateSchema,
  'room:removed': RoomRemovedSchema,
  'room:closed': RoomClosedSchema,
} as const;

type Handler<S extends z.ZodType> = (payload: z.infer<S>) => void;
export type ClientToServerEvents = { [K in keyof typeof clientEvents]: Handler<(typeof clientEvents)[K]> };
export type ServerToClientEvents = { [K in keyof typeof serverEvents]: Handler<(typeof serverEvents)[K]> };
export type ClientEventName = keyof typeof clientEvents;
export type ServerEventName = keyof typeof serverEvents;
