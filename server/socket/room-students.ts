/**
 * The students' side of a live room: join by code (or come back with a rejoin token), tag turns, suggest the
 * next one. Whether another tab of a participant is still connected is asked across processes (the adapter).
 */
import { randomUUID } from 'node:crypto';
import { addSuggestion, leaveParticipant, tagClient, tagCounsellor } from '../domain/rooms/room.js';
import { AppError } from '../protocol/index.js';
import type { LiveSession } from '../rooms/lifetime.js';
import { change, seat } from '../rooms/seats.js';
import { historyOf, roomView } from '../rooms/views.js';
import { type AppSocket, on } from './gateway.js';
import { audience, participantRoom, type RoomContext } from './room-context.js';

async function observing(ctx: RoomContext, socket: AppSocket): Promise<LiveSession & { pid: string }> {
  const p = socket.data.participant;
  const live = p ? await ctx.opts.rooms.lifetime.live(p.code) : undefined;
  if (!live || !p || !live.room.state.participants.some((x) => x.id === p.id)) {
    throw new AppError('forbidden', 'join the room with its code first');
  }
  return { ...live, pid: p.id };
}

/** The last tab of a participant to go takes them off the list (their seat stays for a rejoin). */
async function leave(ctx: RoomContext, p: { code: string; id: string }): Promise<void> {
  if ((await ctx.io.in(participantRoom(p.id)).fetchSockets()).length > 0) return;
  const live = await ctx.opts.rooms.lifetime.live(p.code);
  if (!live) return;
  const state = await change(ctx.opts.rooms.lifetime.store, p.code, (s) => leaveParticipant(s, p.id));
  ctx.updatePresenter(state, live.session);
}

export function attachStudentEvents(ctx: RoomContext, socket: AppSocket): void {
  const { opts, studentLimiter: limiter } = ctx;
  const { lifetime } = opts.rooms;

  on(
    socket,
    'room:join',
    async ({ code, name, rejoin }) => {
      const live = await lifetime.live(code);
      if (!live) throw new AppError('not_found', `no live room with the code ${code}`);
      const p = await seat(lifetime.store, code, name, rejoin);
      socket.data.participant = { code, id: p.id };
      await socket.join([audience(code), participantRoom(p.id)]);
      socket.emit('room:joined', {
        participantId: p.id,
        name: p.name,
        rejoin: p.rejoin,
        room: roomView(p.state, live.session),
      });
      ctx.updatePresenter(p.state, live.session);
    },
    opts,
    limiter,
  );

  on(
    socket,
    'room:tag',
    async (tag) => {
      const { room, session, pid } = await observing(ctx, socket);
      if (tag.turn > session.turns.length)
        throw new AppError('bad_request', `there is no turn ${tag.turn} yet`);
      const state = await change(lifetime.store, room.state.code, (s) =>
        tag.speaker === 'client'
          ? tagClient(s, pid, tag.turn, tag.tag)
          : tagCounsellor(s, pid, tag.turn, tag.tag),
      );
      await opts.service.saveClassTag(room.state.sessionId, { participant: pid, ...tag });
      ctx.updatePresenter(state, session);
    },
    opts,
    limiter,
  );

  on(
    socket,
    'room:suggest',
    async ({ text }) => {
      const { room, session, pid } = await observing(ctx, socket);
      const name = room.state.participants.find((p) => p.id === pid)?.name ?? '';
      const coding = opts.coder.codeCounsellor(text, { history: historyOf(session), lang: session.lang });
      const state = await change(lifetime.store, room.state.code, (st) =>
        addSuggestion(st, { id: randomUUID(), participantId: pid, name, text, code: coding.code }),
      );
      ctx.updatePresenter(state, session);
    },
    opts,
    limiter,
  );

  socket.on('disconnect', () => {
    const p = socket.data.participant;
    if (!p) return;
    leave(ctx, p).catch((err) => {
      if (err instanceof AppError && err.code === 'not_found') return; // the room closed meanwhile
      opts.log.warn({ err }, 'taking a participant off a room list failed');
    });
  });
}
