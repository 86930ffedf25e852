/**
 * Live rooms in Redis, shared by every server process (REDIS_URL). A room is a hash {v, data, sid} under
 * `PREFIX:room:CODE`; `PREFIX:room-session:ID` maps a session to its code; the sorted set `PREFIX:rooms-idle`
 * holds when each room's idle time runs out. Keys also expire a little after that, so rooms are freed even
 * when no process is left to close them. Writes are compare-and-set on the version `v` (a Lua script), retried.
 */
import type { Redis } from 'ioredis';
import { openRoom, type RoomState } from '../domain/rooms/room.js';
import { AppError } from '../protocol/errors.js';
import { type LiveRoom, newRoomCode, type RoomStore, StoredRoomSchema } from './store.js';

/** How long keys outlive their idle time: the sweepers close a room (and tell it) before Redis drops it. */
const KEY_GRACE_MS = 60_000;
const MAX_TRIES = 50;

/** KEYS: room, session→code, idle set. ARGV: data, session id, code, ttl, deadline, room-key prefix. */
const OPEN = `
local other = redis.call('GET', KEYS[2])
if other and redis.call('EXISTS', ARGV[6] .. other) == 1 then return other end
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'v', '1', 'data', ARGV[1], 'sid', ARGV[2])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[3])
return 1`;

/** KEYS: room. ARGV: the version read, the new data. -1: gone, 0: changed meanwhile, 1: written. */
const UPDATE = `
local v = redis.call('HGET', KEYS[1], 'v')
if not v then return -1 end
if v ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', tostring(tonumber(v) + 1), 'data', ARGV[2])
return 1`;

/** KEYS: room, idle set. ARGV: ttl, deadline, code, session-key prefix. */
const TOUCH = `
local sid = redis.call('HGET', KEYS[1], 'sid')
if not sid then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('PEXPIRE', ARGV[4] .. sid, ARGV[1])
redis.call('ZADD', KEYS[2], 'XX', ARGV[2], ARGV[3])
return 1`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RedisRoomStore implements RoomStore {
  /** Updates of one room from this process go one after another; only other processes can race them. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly idleMs: number,
  ) {}

  private roomKey = (code: string) => `${this.prefix}:room:${code}`;
  private sessionKey = (id: string) => `${this.prefix}:room-session:${id}`;
  private get idleKey() {
    return `${this.prefix}:rooms-idle`;
  }

  async open(sessionId: string, token: string): Promise<LiveRoom> {
    for (let i = 0; i < MAX_TRIES; i++) {
      const code = newRoomCode();
      const room = { state: openRoom(code, sessionId), token };
      const keys = [this.roomKey(code), this.sessionKey(sessionId), this.idleKey];
      const ttl = this.idleMs + KEY_GRACE_MS;
      const args = [JSON.stringify(room), sessionId, code, ttl, Date.now() + this.idleMs, this.roomKey('')];
      const result = await this.redis.eval(OPEN, keys.length, ...keys, ...args);
      if (result === 1) return room;
      if (typeof result === 'string') {
        const other = await this.get(result);
        if (other) return other;
      }
    }
    throw new AppError('conflict', 'could not open a room now: try again');
  }

  async get(code: string): Promise<LiveRoom | undefined> {
    const data = await this.redis.hget(this.roomKey(code), 'data');
    return data === null ? undefined : StoredRoomSchema.parse(JSON.parse(data));
  }

  async forSession(sessionId: string): Promise<LiveRoom | undefined> {
    const code = await this.redis.get(this.sessionKey(sessionId));
    return code === null ? undefined : this.get(code);
  }

  update(code: string, fn: (s: RoomState) => RoomState): Promise<RoomState> {
    const previous = this.queues.get(code) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.compareAndSet(code, fn));
    this.queues.set(code, next);
    // The queue entry goes once it is the last one, so closed rooms leave nothing behind.
    const forget = () => {
      if (this.queues.get(code) === next) this.queues.delete(code);
    };
    next.then(forget, forget);
    return next;
  }

  private async compareAndSet(code: string, fn: (s: RoomState) => RoomState): Promise<RoomState> {
    const key = this.roomKey(code);
    for (let i = 0; i < MAX_TRIES; i++) {
      const [v, data] = await this.redis.hmget(key, 'v', 'data');
      if (v == null || data == null) throw new AppError('not_found', `no live room with the code ${code}`);
      const room = StoredRoomSchema.parse(JSON.parse(data));
      const state = fn(room.state);
      const written = await this.redis.eval(UPDATE, 1, key, v, JSON.stringify({ ...room, state }));
      if (written === 1) return state;
      if (written === -1) throw new AppError('not_found', `no live room with the code ${code}`);
      await pause(Math.random() * 5 * (i + 1));
    }
    throw new AppError('conflict', 'the room is busy: try again');
  }

  async close(code: string): Promise<boolean> {
    const sid = await this.redis.hget(this.roomKey(code), 'sid');
    const tx = this.redis.multi().zrem(this.idleKey, code).del(this.roomKey(code));
    if (sid !== null) tx.del(this.sessionKey(sid));
    const results = await tx.exec();
    // The idle set holds every open room once: whoever removes it there closed the room.
    return results?.[0]?.[1] === 1;
  }

  async touch(code: string): Promise<void> {
    const keys = [this.roomKey(code), this.idleKey];
    const args = [this.idleMs + KEY_GRACE_MS, Date.now() + this.idleMs, code, this.sessionKey('')];
    await this.redis.eval(TOUCH, keys.length, ...keys, ...args);
  }

  async expired(): Promise<string[]> {
    return this.redis.zrangebyscore(this.idleKey, '-inf', Date.now(), 'LIMIT', 0, 100);
  }
}
