/**
 * The socket.io gateway: parses every incoming event with its protocol schema, calls the session service and
 * emits the results to the session's room. A payload that does not parse, or a rule the user broke, gets an
 * `error` event with a code from the closed vocabulary; nothing is dropped silently.
 */
import type { FastifyBaseLogger } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { AddressBudgets } from '../limits/budgets.js';
import { clientAddress, type TrustFn } from '../limits/trust-proxy.js';
import type { VoicedTurnResult } from '../llm/revoice.js';
import {
  AppError,
  asAppError,
  type ClientToServerEvents,
  clientEvents,
  type ErrorCode,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
  toWireReport,
} from '../protocol/index.js';
import { hasUnstorableText } from '../protocol/text.js';
import { fallbackNotice } from '../sessions/notice.js';
import type { SessionService } from '../sessions/service.js';
import { turnView } from '../sessions/view.js';
import type { Io } from './io.js';

export interface SocketData {
  /** The client's address (TRUST_PROXY decides which hop), set at connection: budgets are per address. */
  address?: string;
  /** Set by an accepted `hello`: nothing else is served before it. */
  greeted?: boolean;
  session?: { id: string; token: string };
  /** A class observer: may tag and suggest, never take turns. */
  participant?: { code: string; id: string };
  /** The presenter of this room code. */
  presenting?: string;
}
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Events per socket per minute: a chat pace with room for bursts, not a flood. */
export const SOCKET_EVENTS_PER_MINUTE = 120;

export interface GatewayOptions {
  service: SessionService;
  log: FastifyBaseLogger;
  /** How long the client "types" before its reply appears; 0 in tests. */
  replyDelayMs: (replyText: string) => number;
  /** Events one socket may send per minute (default SOCKET_EVENTS_PER_MINUTE). */
  eventsPerMinute?: number;
  /** Per-address budgets shared with HTTP. */
  budgets: AddressBudgets;
  /** TRUST_PROXY as a function: which hop of X-Forwarded-For is the client. */
  trustProxy: TrustFn;
}

export const defaultReplyDelay = (text: string): number => Math.min(1_200, 250 + 12 * text.length);

export function sendError(socket: AppSocket, code: ErrorCode, message: string, event?: string): void {
  socket.emit('error', { code, message, ...(event ? { event } : {}) });
}

type Handler<E extends keyof typeof clientEvents> = (
  payload: z.infer<(typeof clientEvents)[E]>,
) => Promise<void> | void;

/** Registers a handler that sees only payloads its schema accepts, and turns every failure into an error event. */
export function on<E extends keyof typeof clientEvents>(
  socket: AppSocket,
  event: E,
  handler: Handler<E>,
  opts: GatewayOptions,
  limiter: RateLimiterMemory,
): void {
  // The typed map describes valid payloads; at runtime anything can arrive, so the listener takes unknown.
  (socket as unknown as { on(e: string, l: (raw: unknown) => void): void }).on(
    event,
    async (raw: unknown) => {
      try {
        await limiter.consume(socket.id);
      } catch (err) {
        if (err instanceof RateLimiterRes)
          return sendError(socket, 'rate_limited', 'too many messages: wait a moment', event);
        throw err;
      }
      const parsed = clientEvents[event].safeParse(raw);
      if (!parsed.success)
        return sendError(socket, 'validation_failed', `malformed ${String(event)} payload`, event);
      if (hasUnstorableText(parsed.data))
        return sendError(socket, 'validation_failed', 'text with NUL or broken characters', event);
      if (event !== 'hello' && !socket.data.greeted)
        return sendError(socket, 'bad_request', 'send hello with your protocol version first', event);
      try {
        await handler(parsed.data as z.infer<(typeof clientEvents)[E]>);
      } catch (err) {
        const known = asAppError(err);
        if (known) return sendError(socket, known.code, known.message, event);
        opts.log.error({ err, event }, 'socket handler failed');
        sendError(socket, 'internal', 'something went wrong on the server; it has been logged', event);
      }
    },
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Emits a stored turn to everyone in the session's room: the code first, then the reply after "typing". */
async function deliverTurn(
  io: Io,
  room: string,
  result: VoicedTurnResult,
  delayMs: (t: string) => number,
): Promise<void> {
  const last = result.session.turns[result.session.turns.length - 1];
  if (!last) return;
  const view = turnView(last);
  io.to(room).emit('turn:coded', { turn: view.turn, counsellor: view.counsellor });
  io.to(room).emit('client:typing', { turn: view.turn });
  // An LLM-voiced reply has already kept the user waiting (and streamed): no extra "typing" delay.
  const delay = result.voice ? 0 : delayMs(view.client.text);
  if (delay > 0) await wait(delay);
  const notice = result.voice?.notify ? fallbackNotice(result) : undefined;
  if (notice) io.to(room).emit('engine:notice', notice);
  io.to(room).emit('turn:reply', { turn: view.turn, client: view.client });
  io.to(room).emit('scores', { turn: view.turn, state: view.state, report: toWireReport(result.report) });
}

function requireSession(socket: AppSocket): { id: string; token: string } {
  const s = socket.data.session;
  if (!s && socket.data.participant) throw new AppError('forbidden', 'observers cannot take turns');
  if (!s) throw new AppError('bad_request', 'start or join a session first');
  return s;
}

export const addressOf = (socket: AppSocket): string => socket.data.address ?? socket.handshake.address;

/** An event no handler knows gets an error event naming it, never silence. */
function answerUnknownEvents(socket: AppSocket): void {
  socket.onAny((event: unknown) => {
    if (typeof event === 'string' && Object.hasOwn(clientEvents, event)) return;
    const name = String(event).slice(0, 60);
    sendError(socket, 'bad_request', `unknown event "${name}"`, name);
  });
}

export function attachSocketGateway(io: Io, opts: GatewayOptions): void {
  const limiter = new RateLimiterMemory({
    points: opts.eventsPerMinute ?? SOCKET_EVENTS_PER_MINUTE,
    duration: 60,
  });
  const { service, budgets } = opts;
  io.on('connection', (socket: AppSocket) => {
    socket.data.address = clientAddress(socket.request, opts.trustProxy);
    answerUnknownEvents(socket);
    on(
      socket,
      'hello',
      ({ protocol }) => {
        if (protocol !== PROTOCOL_VERSION) {
          throw new AppError(
            'protocol_version',
            `server speaks protocol ${PROTOCOL_VERSION}, not ${protocol}: reload the page`,
          );
        }
        socket.data.greeted = true;
        socket.emit('welcome', { protocol: PROTOCOL_VERSION, server: 'changetalk' });
      },
      opts,
      limiter,
    );
    on(
      socket,
      'session:start',
      async (input) => {
        await budgets.spend('starts', addressOf(socket));
        const created = await service.start(input);
        socket.data.session = { id: created.id, token: created.token };
        await socket.join(created.id);
        socket.emit('session:started', created);
      },
      opts,
      limiter,
    );
    on(
      socket,
      'session:join',
      async ({ id, token }) => {
        const session = await service.view(id, token);
        socket.data.session = { id, token };
        await socket.join(id);
        socket.emit('session:state', { session });
      },
      opts,
      limiter,
    );
    on(
      socket,
      'turn:send',
      async ({ text, turn }) => {
        const { id, token } = requireSession(socket);
        await budgets.spend('turns', addressOf(socket));
        // The LLM reply streams to the room; leaving aborts it (the turn then ends on the embedded line).
        const leave = new AbortController();
        const onLeave = () => leave.abort();
        socket.once('disconnect', onLeave);
        try {
          await service.turn(
            id,
            token,
            text,
            (result) => deliverTurn(io, id, result, opts.replyDelayMs),
            {
              onToken: (n, piece) => io.to(id).emit('turn:token', { turn: n, text: piece }),
              signal: leave.signal,
            },
            turn,
          );
        } finally {
          socket.off('disconnect', onLeave);
        }
      },
      opts,
      limiter,
    );
    on(
      socket,
      'session:end',
      async () => {
        const { id, token } = requireSession(socket);
        const view = await service.end(id, token);
        io.to(id).emit('session:ended', { report: view.report });
      },
      opts,
      limiter,
    );
  });
}
