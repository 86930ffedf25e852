/**
 * The socket.io gateway: parses every incoming event with its protocol schema and calls the domain. A payload
 * that does not parse gets an `error` event with a code from the closed vocabulary; nothing is dropped silently.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Io } from '../app.js';
import {
  type ClientToServerEvents,
  clientEvents,
  type ErrorCode,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
} from '../protocol/index.js';

type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

export function sendError(socket: AppSocket, code: ErrorCode, message: string, event?: string): void {
  socket.emit('error', { code, message, ...(event ? { event } : {}) });
}

/** Wraps a handler so that its payload is validated first. */
export function on<E extends keyof typeof clientEvents>(
  socket: AppSocket,
  event: E,
  handler: (payload: z.infer<(typeof clientEvents)[E]>) => void | Promise<void>,
  log: FastifyBaseLogger,
): void {
  // The typed map describes valid payloads; at runtime anything can arrive, so the listener takes unknown.
  (socket as unknown as { on(e: string, l: (raw: unknown) => void): void }).on(
    event,
    async (raw: unknown) => {
      const parsed = clientEvents[event].safeParse(raw);
      if (!parsed.success)
        return sendError(socket, 'validation_failed', `malformed ${String(event)} payload`, event);
      try {
        await handler(parsed.data as z.infer<(typeof clientEvents)[E]>);
      } catch (err) {
        log.error({ err, event }, 'socket handler failed');
        sendError(socket, 'internal', 'something went wrong on the server; it has been logged', event);
      }
    },
  );
}

export function attachSocketGateway(io: Io, log: FastifyBaseLogger): void {
  io.on('connection', (socket) => {
    on(
      socket,
      'hello',
      ({ protocol }) => {
        if (protocol !== PROTOCOL_VERSION) {
          return sendError(
            socket,
            'protocol_version',
            `server speaks protocol ${PROTOCOL_VERSION}, not ${protocol}`,
            'hello',
          );
        }
        socket.emit('welcome', { protocol: PROTOCOL_VERSION, server: 'changetalk' });
      },
      log,
    );
  });
}
