/**
 * Live class rooms over socket.io: the presenter opens a room on its practice session and gets a short code;
 * students join with the code and a name, follow the conversation, tag what they hear and suggest the next
 * turn. Only the presenter controls the room or takes turns (through the ordinary `turn:send`). Room state is
 * in the room store (Redis when set) and every emit goes through the adapter, so any process serves any room.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { hasParticipant, removeParticipant } from '../domain/rooms/room.js';
import { AppError } from '../protocol/index.js';
import { ROOM_LIMITS } from '../protocol/rooms.js';
import { joinPath, joinUrl } from '../rooms/join-url.js';
import type { LiveSession } from '../rooms/lifetime.js';
import { change } from '../rooms/seats.js';
import { roomTurn, roomView, tallies } from '../rooms/views.js';
import { type AppSocket, addressOf, on } from './gateway.js';
import type { Io } from './io.js';
import {
  audience,
  participantRoom,
  presenters,
  type RoomContext,
  type RoomGatewayOptions,
} from './room-context.js';
import { attachStudentEvents } from './room-students.js';

export type { RoomGatewayOptions } from './room-context.js';

export function attachRoomGateway(io: Io, opts: RoomGatewayOptions): void {
  const { service } = opts;
  const { lifetime } = opts.rooms;
  const ctx: RoomContext = {
    io,
    opts,
    presenterLimiter: new RateLimiterMemory({ points: opts.eventsPerMinute ?? 120, duration: 60 }),
    studentLimiter: new RateLimiterMemory({ points: ROOM_LIMITS.STUDENT_EVENTS_PER_MINUTE, duration: 60 }),
    updatePresenter(s, session) {
      io.to(presenters(s.code)).emit('room:presenter', {
        participants: s.participants,
        tallies: tallies(s, session),
        suggestions: s.suggestions.map(({ id, name, text, code }) => ({ id, name, text, code })),
      });
    },
  };

  // Runs on the process that took the turn, and when a session ends or is deleted (its room closes then).
  service.turnListeners.add(async (sessionId) => {
    const live = await lifetime.liveForSession(sessionId);
    if (!live) return;
    const last = live.session.turns[live.session.turns.length - 1];
    if (last) io.to(audience(live.room.state.code)).emit('room:turn', roomTurn(live.room.state, last));
    ctx.updatePresenter(live.room.state, live.session);
  });

  lifetime.closedListeners.add((code, reason) => {
    const everyone = [audience(code), presenters(code)];
    io.to(everyone).emit('room:closed', { reason });
    // A later room may draw the same code: nobody of this one may hear it.
    io.in(everyone).socketsLeave(everyone);
  });

  io.on('connection', (socket: AppSocket) => {
    attachPresenterEvents(ctx, socket);
    attachStudentEvents(ctx, socket);
    socket.on('disconnect', () => {
      if (socket.data.presenting !== undefined) lifetime.presenterLeft(socket.data.presenting);
    });
  });
}

async function presenting(ctx: RoomContext, socket: AppSocket): Promise<LiveSession> {
  const code = socket.data.presenting;
  const live = code === undefined ? undefined : await ctx.opts.rooms.lifetime.live(code);
  if (!live) throw new AppError('forbidden', 'only the presenter can do that: open a room first');
  return live;
}

/** A new room counts against its opener's address; coming back to the session's room does not. */
async function openFor(ctx: RoomContext, socket: AppSocket, id: string, token: string) {
  const { store } = ctx.opts.rooms.lifetime;
  const existing = await store.forSession(id);
  if (existing) {
    await store.touch(existing.state.code);
    return existing;
  }
  await ctx.opts.budgets.spend('rooms', addressOf(socket));
  return store.open(id, token);
}

function attachPresenterEvents(ctx: RoomContext, socket: AppSocket): void {
  const { io, opts, presenterLimiter: limiter } = ctx;
  const { lifetime } = opts.rooms;
  on(
    socket,
    'room:open',
    async ({ id, token }) => {
      const session = await opts.service.view(id, token);
      if (session.ended) throw new AppError('session_ended', 'this session has ended: present a new one');
      const room = await openFor(ctx, socket, id, token);
      const code = room.state.code;
      if (socket.data.presenting !== code) {
        if (socket.data.presenting !== undefined) lifetime.presenterLeft(socket.data.presenting);
        lifetime.presenterArrived(code);
      }
      socket.data.presenting = code;
      await socket.join([presenters(code), id]);
      socket.data.session = { id, token };
      const { headers } = socket.handshake;
      // A forwarded protocol counts only from a proxy TRUST_PROXY names, as for HTTP.
      const forwarded = opts.trustProxy(socket.handshake.address, 0)
        ? headers['x-forwarded-proto']
        : undefined;
      const proto = (forwarded as string | undefined) ?? (socket.handshake.secure ? 'https' : 'http');
      socket.emit('room:opened', {
        code,
        joinPath: joinPath(code),
        joinUrl: joinUrl(opts.publicUrl, { host: headers.host, proto }, code),
        room: roomView(room.state, session),
      });
      ctx.updatePresenter(room.state, session);
    },
    opts,
    limiter,
  );

  on(
    socket,
    'room:control',
    async (control) => {
      const { room, session } = await presenting(ctx, socket);
      const state = await change(lifetime.store, room.state.code, (s) => ({
        ...s,
        paused: control.paused ?? s.paused,
        asking: control.asking ?? s.asking,
        reveal: { ...s.reveal, ...control.reveal },
        suggestions: control.asking === true && !s.asking ? [] : s.suggestions,
      }));
      const view = roomView(state, session);
      io.to([audience(state.code), presenters(state.code)]).emit('room:view', view);
      ctx.updatePresenter(state, session);
    },
    opts,
    limiter,
  );

  on(
    socket,
    'room:remove',
    async ({ participantId }) => {
      const { room, session } = await presenting(ctx, socket);
      // A presenter removes only its own room's participants; an id from another room is not found here.
      if (!hasParticipant(room.state, participantId))
        throw new AppError('not_found', 'no such participant in your room');
      const state = await change(lifetime.store, room.state.code, (s) => removeParticipant(s, participantId));
      io.to(participantRoom(participantId)).emit('room:removed', { reason: 'removed by the presenter' });
      io.in(participantRoom(participantId)).disconnectSockets(true);
      ctx.updatePresenter(state, session);
    },
    opts,
    limiter,
  );
}
