/**
 * Live class rooms over socket.io: the presenter opens a room on its practice session and gets a short code;
 * students join with the code and a name, follow the conversation, tag what they hear and suggest the next
 * turn. Only the presenter controls the room or takes turns (through the ordinary `turn:send`).
 */
import { randomUUID } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Io } from '../app.js';
import type { Coder } from '../domain/coder/types.js';
import {
  addSuggestion,
  leaveParticipant,
  removeParticipant,
  tagClient,
  tagCounsellor,
} from '../domain/rooms/room.js';
import { AppError } from '../protocol/index.js';
import { ROOM_LIMITS } from '../protocol/rooms.js';
import { joinPath, joinUrl } from '../rooms/join-url.js';
import type { LiveRoom, RoomRegistry } from '../rooms/registry.js';
import { change, seat } from '../rooms/seats.js';
import { historyOf, roomTurn, roomView, tallies } from '../rooms/views.js';
import { type AppSocket, type GatewayOptions, on } from './gateway.js';

export interface RoomGatewayOptions extends GatewayOptions {
  registry: RoomRegistry;
  coder: Coder;
  /** PUBLIC_URL: the origin join links and QR codes use instead of the presenter's Host. */
  publicUrl?: string | undefined;
}

const audience = (code: string) => `room:${code}`;
const presenters = (code: string) => `room:${code}:presenter`;
const participantRoom = (id: string) => `participant:${id}`;
export function attachRoomGateway(io: Io, opts: RoomGatewayOptions): void {
  const { registry, service, coder } = opts;
  // Students share a stricter budget than the presenter: a class must not be able to flood the projector.
  const studentLimiter = new RateLimiterMemory({
    points: ROOM_LIMITS.STUDENT_EVENTS_PER_MINUTE,
    duration: 60,
  });
  const presenterLimiter = new RateLimiterMemory({ points: opts.eventsPerMinute ?? 120, duration: 60 });

  const session = (room: LiveRoom) => service.view(room.state.sessionId, room.token);

  async function updatePresenter(room: LiveRoom): Promise<void> {
    const s = room.state;
    io.to(presenters(s.code)).emit('room:presenter', {
      participants: s.participants,
      tallies: tallies(s, await session(room)),
      suggestions: s.suggestions.map(({ id, name, text, code }) => ({ id, name, text, code })),
    });
  }

  async function broadcastView(room: LiveRoom): Promise<void> {
    const view = roomView(room.state, await session(room));
    io.to(audience(room.state.code)).emit('room:view', view);
    io.to(presenters(room.state.code)).emit('room:view', view);
  }

  service.turnListeners.add(async (sessionId) => {
    const room = registry.forSession(sessionId);
    if (!room) return;
    const s = await session(room);
    const last = s.turns[s.turns.length - 1];
    if (last) io.to(audience(room.state.code)).emit('room:turn', roomTurn(room.state, last));
    await updatePresenter(room);
  });

  function presenting(socket: AppSocket): LiveRoom {
    const code = socket.data.presenting;
    const room = code === undefined ? undefined : registry.get(code);
    if (!room) throw new AppError('forbidden', 'only the presenter can do that: open a room first');
    return room;
  }

  function observing(socket: AppSocket): LiveRoom {
    const p = socket.data.participant;
    const room = p ? registry.get(p.code) : undefined;
    if (!room || !p || !room.state.participants.some((x) => x.id === p.id)) {
      throw new AppError('forbidden', 'join the room with its code first');
    }
    return room;
  }

  io.on('connection', (socket: AppSocket) => {
    on(
      socket,
      'room:open',
      async ({ id, token }) => {
        const view = await service.view(id, token);
        const room = registry.open(id, token);
        socket.data.presenting = room.state.code;
        await socket.join([presenters(room.state.code), id]);
        socket.data.session = { id, token };
        const { headers } = socket.handshake;
        const origin = {
          host: headers.host,
          proto:
            (headers['x-forwarded-proto'] as string | undefined) ??
            (socket.handshake.secure ? 'https' : 'http'),
        };
        socket.emit('room:opened', {
          code: room.state.code,
          joinPath: joinPath(room.state.code),
          joinUrl: joinUrl(opts.publicUrl, origin, room.state.code),
          room: roomView(room.state, view),
        });
        await updatePresenter(room);
      },
      opts,
      presenterLimiter,
    );

    on(
      socket,
      'room:control',
      async (control) => {
        const room = presenting(socket);
        change(registry, room.state.code, (s) => ({
          ...s,
          paused: control.paused ?? s.paused,
          asking: control.asking ?? s.asking,
          reveal: { ...s.reveal, ...control.reveal },
          suggestions: control.asking === true && !s.asking ? [] : s.suggestions,
        }));
        await broadcastView(room);
        await updatePresenter(room);
      },
      opts,
      presenterLimiter,
    );

    on(
      socket,
      'room:remove',
      async ({ participantId }) => {
        const room = presenting(socket);
        change(registry, room.state.code, (s) => removeParticipant(s, participantId));
        io.to(participantRoom(participantId)).emit('room:removed', { reason: 'removed by the presenter' });
        io.in(participantRoom(participantId)).disconnectSockets(true);
        await updatePresenter(room);
      },
      opts,
      presenterLimiter,
    );

    on(
      socket,
      'room:join',
      async ({ code, name, rejoin }) => {
        const room = registry.get(code);
        if (!room) throw new AppError('not_found', `no live room with the code ${code}`);
        const p = seat(registry, code, name, rejoin);
        socket.data.participant = { code, id: p.id };
        await socket.join([audience(code), participantRoom(p.id)]);
        socket.emit('room:joined', {
          participantId: p.id,
          name: p.name,
          rejoin: p.rejoin,
          room: roomView(room.state, await session(room)),
        });
        await updatePresenter(room);
      },
      opts,
      studentLimiter,
    );

    on(
      socket,
      'room:tag',
      async (tag) => {
        const room = observing(socket);
        const pid = socket.data.participant?.id ?? '';
        const turns = (await session(room)).turns.length;
        if (tag.turn > turns) throw new AppError('bad_request', `there is no turn ${tag.turn} yet`);
        change(registry, room.state.code, (s) =>
          tag.speaker === 'client'
            ? tagClient(s, pid, tag.turn, tag.tag)
            : tagCounsellor(s, pid, tag.turn, tag.tag),
        );
        await service.saveClassTag(room.state.sessionId, { participant: pid, ...tag });
        await updatePresenter(room);
      },
      opts,
      studentLimiter,
    );

    on(
      socket,
      'room:suggest',
      async ({ text }) => {
        const room = observing(socket);
        const pid = socket.data.participant?.id ?? '';
        const s = await session(room);
        const name = room.state.participants.find((p) => p.id === pid)?.name ?? '';
        const coding = coder.codeCounsellor(text, { history: historyOf(s), lang: s.lang });
        change(registry, room.state.code, (st) =>
          addSuggestion(st, { id: randomUUID(), participantId: pid, name, text, code: coding.code }),
        );
        await updatePresenter(room);
      },
      opts,
      studentLimiter,
    );

    socket.on('disconnect', () => {
      const p = socket.data.participant;
      const room = p ? registry.get(p.code) : undefined;
      if (!p || !room) return;
      // Another tab of the same participant may still be connected: only the last one leaves the list.
      if (io.sockets.adapter.rooms.get(participantRoom(p.id))?.size) return;
      registry.update(p.code, (s) => leaveParticipant(s, p.id));
      void updatePresenter(room).catch(() => {});
    });
  });
}
