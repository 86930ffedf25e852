/**
 * When live rooms close: when their session ends or is deleted, and after an idle time without a presenter.
 * Each process keeps the rooms whose presenter is connected to it alive (`touch`) and closes expired rooms;
 * the store lets exactly one process close a room, and that process tells the room (`closedListeners`).
 */
import { AppError } from '../protocol/errors.js';
import type { SessionView } from '../protocol/index.js';
import type { LiveRoom, RoomStore } from './store.js';

/** Default idle time of a room without a presenter (ROOM_IDLE_MINUTES). */
export const ROOM_IDLE_MS = 30 * 60_000;

export interface SessionReader {
  view(id: string, token: string): Promise<SessionView>;
}

export interface LiveSession {
  room: LiveRoom;
  session: SessionView;
}

export type ClosedListener = (code: string, reason: string) => void;

interface Log {
  warn(fields: object, message: string): void;
}

export class RoomLifetime {
  readonly closedListeners = new Set<ClosedListener>();
  /** Room code → presenter sockets connected to this process. */
  private readonly here = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly store: RoomStore,
    private readonly sessions: SessionReader,
    private readonly opts: { idleMs: number; log: Log },
  ) {}

  /** The room and its session while both are open; a room whose session ended or was deleted is closed. */
  async live(code: string): Promise<LiveSession | undefined> {
    const room = await this.store.get(code);
    return room && this.checked(room);
  }

  async liveForSession(sessionId: string): Promise<LiveSession | undefined> {
    const room = await this.store.forSession(sessionId);
    return room && this.checked(room);
  }

  private async checked(room: LiveRoom): Promise<LiveSession | undefined> {
    const { code, sessionId } = room.state;
    let session: SessionView;
    try {
      session = await this.sessions.view(sessionId, room.token);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'not_found') throw err;
      await this.close(code, 'the session was deleted');
      return undefined;
    }
    if (!session.ended) return { room, session };
    await this.close(code, 'the session has ended');
    return undefined;
  }

  async close(code: string, reason: string): Promise<void> {
    if (!(await this.store.close(code))) return;
    this.here.delete(code);
    for (const listener of this.closedListeners) {
      try {
        listener(code, reason);
      } catch (err) {
        this.opts.log.warn({ err, code }, 'a room-closed listener failed');
      }
    }
  }

  presenterArrived(code: string): void {
    this.here.set(code, (this.here.get(code) ?? 0) + 1);
  }

  presenterLeft(code: string): void {
    const left = (this.here.get(code) ?? 1) - 1;
    if (left > 0) this.here.set(code, left);
    else this.here.delete(code);
  }

  /** Keeps this process's presented rooms alive and closes expired ones; a timer that cannot hold the process. */
  start(): void {
    const period = Math.max(50, Math.min(this.opts.idleMs / 3, 60_000));
    this.timer = setInterval(() => {
      this.tick().catch((err) => this.opts.log.warn({ err }, 'closing idle rooms failed; retrying'));
    }, period);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    for (const code of this.here.keys()) await this.store.touch(code);
    for (const code of await this.store.expired()) await this.close(code, 'the presenter has left');
  }
}
