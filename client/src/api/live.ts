/**
 * A live practice session over socket.io: joins with `{id, token}` on every (re)connect, so a reload, a dropped
 * network or a server restart all end in the same place; folds the turn events into signals the view renders.
 */
import { signal } from '@preact/signals';
import { io, type Socket } from 'socket.io-client';
import {
  type ClientToServerEvents,
  type EngineNotice,
  type ErrorPayload,
  PROTOCOL_VERSION,
  type Report,
  type ServerToClientEvents,
  type SessionView,
} from '../../../server/protocol/index.js';
import { tokenFor } from './tokens';

type Turn = SessionView['turns'][number];
export type VisibleState = Turn['state'];

/** A counsellor turn on its way: sent, then coded, then the client is typing, then the reply arrives. */
export interface PendingTurn {
  turn: number | null;
  text: string;
  counsellor?: Turn['counsellor'];
  typing: boolean;
  /** The client's reply so far, as the LLM engine streams it (`turn:token`); the final `turn:reply` replaces it. */
  streamed?: string;
}

export type Connection = 'connecting' | 'online' | 'offline' | 'reconnected';

export class LiveSession {
  readonly session = signal<SessionView | null>(null);
  readonly pending = signal<PendingTurn | null>(null);
  readonly connection = signal<Connection>('connecting');
  readonly error = signal<ErrorPayload | null>(null);
  readonly ended = signal(false);
  /** The text of a turn the server refused, to put back into the composer. */
  readonly refused = signal<string | null>(null);
  /** Why the LLM engine gave way to the embedded one; the server says it once a session, the user may dismiss it. */
  readonly notice = signal<EngineNotice | null>(null);
  private socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private everConnected = false;
  private closed = false;
  private reconnectedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly id: string) {
    this.socket = io({ reconnectionDelay: 300, reconnectionDelayMax: 2_000, timeout: 5_000 });
    const s = this.socket;
    s.on('connect', () => this.onConnect());
    s.on('disconnect', (reason) => {
      this.connection.value = 'offline';
      // A server shutting down disconnects us on purpose; socket.io does not retry that by itself, so we do.
      if (reason === 'io server disconnect' && !this.closed)
        setTimeout(() => this.closed || s.connect(), 500);
    });
    s.io.on('reconnect_attempt', () => {
      if (this.connection.value !== 'offline') this.connection.value = 'offline';
    });
    s.on('session:state', ({ session }) => {
      this.session.value = session;
      this.pending.value = null;
      this.ended.value = session.ended;
    });
    s.on('turn:coded', ({ turn, counsellor }) => {
      const p = this.pending.value;
      this.pending.value = { text: counsellor.text, typing: false, ...p, turn, counsellor };
    });
    s.on('client:typing', ({ turn }) => {
      const p = this.pending.value;
      if (p) this.pending.value = { ...p, turn, typing: true };
    });
    s.on('turn:token', ({ turn, text }) => {
      const p = this.pending.value;
      if (p && (p.turn === null || p.turn === turn))
        this.pending.value = { ...p, turn, streamed: (p.streamed ?? '') + text };
    });
    s.on('engine:notice', (n) => {
      this.notice.value = n;
    });
    s.on('turn:reply', ({ turn, client }) => {
      const session = this.session.value;
      const p = this.pending.value;
      if (!session || !p?.counsellor) return;
      const state = session.turns.at(-1)?.state ?? session.state;
      if (!state) return;
      const next: Turn = { turn, counsellor: p.counsellor, client, state };
      this.session.value = { ...session, turns: [...session.turns.filter((t) => t.turn !== turn), next] };
      this.pending.value = null;
    });
    s.on('scores', ({ turn, state, report }) => {
      const session = this.session.value;
      if (!session) return;
      const turns = session.turns.map((t) => (t.turn === turn ? { ...t, state } : t));
      this.session.value = { ...session, turns, state, report };
    });
    s.on('session:ended', ({ report }) => {
      const session = this.session.value;
      if (session) this.session.value = { ...session, ended: true, report };
      this.ended.value = true;
    });
    s.on('error', (e) => {
      this.error.value = e;
      if (e.event === 'turn:send' || (this.pending.value && !this.pending.value.counsellor)) {
        this.refused.value = this.pending.value?.text ?? null;
        this.pending.value = null;
      }
    });
  }

  private onConnect(): void {
    const token = tokenFor(this.id);
    this.socket.emit('hello', { protocol: PROTOCOL_VERSION });
    if (token) this.socket.emit('session:join', { id: this.id, token });
    else this.error.value = { code: 'unauthorized', message: 'no token for this session in this browser' };
    if (this.everConnected) {
      this.connection.value = 'reconnected';
      clearTimeout(this.reconnectedTimer);
      this.reconnectedTimer = setTimeout(() => {
        if (this.connection.value === 'reconnected') this.connection.value = 'online';
      }, 5_000);
    } else {
      this.connection.value = 'online';
    }
    this.everConnected = true;
  }

  send(text: string): void {
    this.error.value = null;
    this.refused.value = null;
    this.pending.value = { turn: null, text, typing: false };
    // The turn's number makes a resend after a dropped answer safe: the server answers it once.
    const turn = (this.session.value?.turns.length ?? 0) + 1;
    this.socket.emit('turn:send', { text, turn });
  }

  end(): void {
    this.socket.emit('session:end', {});
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.reconnectedTimer);
    this.socket.removeAllListeners();
    this.socket.io.removeAllListeners();
    this.socket.disconnect();
  }
}

export type { Report, Turn };
