/** Live rooms of one process, in memory: the store when REDIS_URL is not set. */
import { openRoom, type RoomState } from '../domain/rooms/room.js';
import { AppError } from '../protocol/errors.js';
import { type LiveRoom, newRoomCode, type RoomStore } from './store.js';

interface Entry {
  room: LiveRoom;
  /** When the room's idle time runs out (ms since the epoch). */
  until: number;
}

export class MemoryRoomStore implements RoomStore {
  private readonly byCode = new Map<string, Entry>();
  private readonly bySession = new Map<string, string>();

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async open(sessionId: string, token: string): Promise<LiveRoom> {
    const existing = await this.forSession(sessionId);
    if (existing) return existing;
    let code = newRoomCode();
    while (this.byCode.has(code)) code = newRoomCode();
    const room = { state: openRoom(code, sessionId), token };
    this.byCode.set(code, { room, until: this.now() + this.idleMs });
    this.bySession.set(sessionId, code);
    return room;
  }

  async get(code: string): Promise<LiveRoom | undefined> {
    return this.byCode.get(code)?.room;
  }

  async forSession(sessionId: string): Promise<LiveRoom | undefined> {
    const code = this.bySession.get(sessionId);
    return code === undefined ? undefined : this.get(code);
  }

  async update(code: string, fn: (s: RoomState) => RoomState): Promise<RoomState> {
    const entry = this.byCode.get(code);
    if (!entry) throw new AppError('not_found', `no live room with the code ${code}`);
    entry.room = { ...entry.room, state: fn(entry.room.state) };
    return entry.room.state;
  }

  async close(code: string): Promise<boolean> {
    const entry = this.byCode.get(code);
    if (!entry) return false;
    this.byCode.delete(code);
    this.bySession.delete(entry.room.state.sessionId);
    return true;
  }

  async touch(code: string): Promise<void> {
    const entry = this.byCode.get(code);
    if (entry) entry.until = this.now() + this.idleMs;
  }

  async expired(): Promise<string[]> {
    const now = this.now();
    return [...this.byCode].filter(([, e]) => e.until <= now).map(([code]) => code);
  }
}
