/**
 * The wire protocol shared by server and web client: one zod schema per message. socket.io's typed event maps
 * are derived from these schemas, and every incoming event is safeParsed against them.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors.js';

export * from './errors.js';

/** Bumped when a message changes incompatibly; checked on join. */
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
} as const;

/** Server → client events: name → payload schema. */
export const serverEvents = {
  welcome: WelcomeSchema,
  error: ErrorPayloadSchema,
} as const;

type Handler<S extends z.ZodType> = (payload: z.infer<S>) => void;
export type ClientToServerEvents = { [K in keyof typeof clientEvents]: Handler<(typeof clientEvents)[K]> };
export type ServerToClientEvents = { [K in keyof typeof serverEvents]: Handler<(typeof serverEvents)[K]> };
