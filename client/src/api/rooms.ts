/**
 * Live class rooms over socket.io, seen from the browser. The presenter owns a practice session: it joins the
 * session (full view, codes included), opens a room on it and takes turns with the ordinary `turn:send`.
 * A student joins by code and name and only follows, tags and suggests; the server decides what each may do.
 */
import { signal } from '@preact/signals';
import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import {
  type ClientToServerEvents,
  type ErrorPayload,
  PROTOCOL_VERSION,
  type RoomControlSchema,
  type RoomPresenterUpdateSchema,
  type RoomTagSchema,
  type RoomTurnSchema,
  type RoomViewSchema,
  type ServerToClientEvents,
  type SessionCreated,
  type SessionView,
} from '../../../server/protocol/index.js';
import { ApiError } from './http';
import type { Connection } from './live';
import { keepSeat, type Seat } from './room-seat';
import { rememberRecent, rememberToken, tokenFor } from './tokens';

export type RoomView = z.infer<typeof RoomViewSchema>;
export type RoomTurn = z.infer<typeof RoomTurnSchema>;
export type PresenterUpdate = z.infer<typeof RoomPresenterUpdateSchema>;
export type RoomControl = z.infer<typeof RoomControlSchema>;
export type RoomTag = z.infer<typeof RoomTagSchema>;
export type Tally = PresenterUpdate['tallies']['client'][number];

export { CLIENT_TAGS, OARS_TAGS } from '../../../server/protocol/rooms.js';
export { type Seat, savedSeat } from './room-seat';

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function connect(): RoomSocket {
  return io({ reconnectionDelay: 300, reconnectionDelayMax: 2_000, timeout: 5_000 });
}

/** The presenter's side: its session, the room it opened, and what the class does. */
export class PresenterRoom {
  readonly session = signal<SessionView | null>(null);
  /** The counsellor turn on its way (sent, not yet answered). */
  readonly pending = signal<string | null>(null);
  readonly view = signal<RoomView | null>(null);
  readonly code = signal<string | null>(null);
  /** Absolute join address from the server (PUBLIC_URL when set): what the QR code encodes. */
  readonly joinUrl = signal<string | null>(null);
  readonly update = signal<PresenterUpdate>({
    participants: [],
    tallies: { client: [], counsellor: [] },
    suggestions: [],
  });
  readonly error = signal<ErrorPayload | null>(null);
  readonly connection = signal<Connection>('connecting');
  private readonly socket: RoomSocket;
  private closed = false;

  constructor(readonly id: string) {
    const s = connect();
    this.socket = s;
    s.on('connect', () => {
      const token = tokenFor(id);
      s.emit('hello', { protocol: PROTOCOL_VERSION });
      if (!token) {
        this.error.value = { code: 'unauthorized', message: 'no token for this session in this browser' };
        return;
      }
      s.emit('session:join', { id, token });
      s.emit('room:open', { id, token });
      this.connection.value = 'online';
    });
    s.on('disconnect', (reason) => {
      this.connection.value = 'offline';
      if (reason === 'io server disconnect' && !this.closed)
        setTimeout(() => this.closed || s.connect(), 500);
    });
    s.on('session:state', ({ session }) => {
      this.session.value = session;
      this.pending.value = null;
    });
    s.on('room:opened', ({ code, joinUrl, room }) => {
      this.code.value = code;
      this.joinUrl.value = joinUrl;
      this.view.value = room;
    });
    s.on('room:view', (view) => {
      this.view.value = view;
    });
    s.on('room:presenter', (update) => {
      this.update.value = update;
    });
    // The reply is stored before it is sent, and the scores come last: re-read the full view after each.
    s.on('turn:reply', () => this.refresh());
    s.on('scores', () => this.refresh());
    s.on('session:ended', () => this.refresh());
    s.on('error', (e) => {
      this.error.value = e;
      if (e.event === 'turn:send') this.pending.value = null;
    });
  }

  private refresh(): void {
    const token = tokenFor(this.id);
    if (token) this.socket.emit('session:join', { id: this.id, token });
  }

  send(text: string): void {
    this.error.value = null;
    this.pending.value = text;
    this.socket.emit('turn:send', { text });
  }

  control(control: RoomControl): void {
    this.error.value = null;
    this.socket.emit('room:control', control);
  }

  remove(participantId: string): void {
    this.socket.emit('room:remove', { participantId });
  }

  close(): void {
    this.closed = true;
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }
}

/** `POST /api/sessions/:id/branch {atTurn}`: a new session with the first `atTurn` turns, remembered here. */
export async function branchSession(id: string, atTurn: number): Promise<SessionCreated> {
  const token = tokenFor(id);
  if (!token) throw new ApiError('unauthorized', 'no token for this session in this browser', 401);
  const res = await fetch(`/api/sessions/${encodeURIComponent(id)}/branch`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ atTurn }),
  });
  const json = (await res.json().catch(() => null)) as
    | (SessionCreated & { error?: { code?: string; message?: string } })
    | null;
  if (!res.ok || !json) {
    throw new ApiError(json?.error?.code ?? 'internal', json?.error?.message ?? res.statusText, res.status);
  }
  rememberToken(json.id, json.token);
  rememberRecent({ id: json.id, kind: 'practice', caseId: json.session.caseId, at: json.session.createdAt });
  return json;
}

/** A student's side: joined by code and name, the room as the presenter shows it, my own tags. */
export class StudentRoom {
  readonly view = signal<RoomView | null>(null);
  readonly me = signal<{ participantId: string; name: string } | null>(null);
  readonly removed = signal<string | null>(null);
  /** The room has closed (session ended or deleted, or no presenter came back): why, from the server. */
  readonly ended = signal<string | null>(null);
  readonly error = signal<ErrorPayload | null>(null);
  readonly connection = signal<Connection>('connecting');
  /** `client:3` / `counsellor:3` → the tag I gave. */
  readonly tags = signal<Record<string, string>>({});
  readonly suggested = signal<string[]>([]);
  private readonly socket: RoomSocket;
  private joinedWith: { code: string; name: string; rejoin?: string } | null = null;
  private closed = false;

  constructor() {
    const s = connect();
    this.socket = s;
    s.on('connect', () => {
      s.emit('hello', { protocol: PROTOCOL_VERSION });
      this.connection.value = 'online';
      // Back after a dropped network: the server forgot us on disconnect, so join again under the same name.
      if (this.joinedWith && !this.removed.value && !this.ended.value) s.emit('room:join', this.joinedWith);
    });
    s.on('disconnect', () => {
      this.connection.value = 'offline';
    });
    s.on('room:joined', ({ participantId, name, rejoin, room }) => {
      this.me.value = { participantId, name };
      this.joinedWith = { code: room.code, name, rejoin };
      keepSeat({ code: room.code, name, rejoin });
      this.view.value = room;
      this.error.value = null;
    });
    s.on('room:view', (view) => {
      this.view.value = view;
    });
    s.on('room:turn', (turn) => {
      const v = this.view.value;
      if (!v) return;
      this.view.value = { ...v, turns: [...v.turns.filter((x) => x.turn !== turn.turn), turn] };
    });
    s.on('room:removed', ({ reason }) => {
      this.removed.value = reason;
      this.closed = true;
      keepSeat(null);
    });
    s.on('room:closed', ({ reason }) => {
      this.ended.value = reason;
      this.closed = true;
      keepSeat(null);
    });
    s.on('error', (e) => {
      this.error.value = e;
      // A closed seat or a room that is gone: forget it, the student joins again by name.
      if (e.event === 'room:join') {
        this.joinedWith = null;
        keepSeat(null);
      }
    });
    // The server is the authority on who may do what; this handle lets the browser tests prove it.
    (globalThis as unknown as { __changetalkRoomSocket?: RoomSocket }).__changetalkRoomSocket = s;
  }

  join(code: string, name: string): void {
    this.error.value = null;
    this.joinedWith = { code: code.trim().toUpperCase(), name: name.trim() };
    this.socket.emit('room:join', this.joinedWith);
  }

  /** Back in a seat kept from before a reload (same participant, same tags). */
  rejoin(seat: Seat): void {
    this.error.value = null;
    this.joinedWith = seat;
    if (this.socket.connected) this.socket.emit('room:join', seat);
  }

  tag(tag: RoomTag): void {
    this.tags.value = { ...this.tags.value, [`${tag.speaker}:${tag.turn}`]: tag.tag };
    this.socket.emit('room:tag', tag);
  }

  suggest(text: string): void {
    this.error.value = null;
    this.suggested.value = [...this.suggested.value, text];
    this.socket.emit('room:suggest', { text });
  }

  close(): void {
    this.closed = true;
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
