/**
 * The live rooms of an app: in Redis when the app has a Redis connection (rooms shared by every process), in
 * memory otherwise; their lifetime; and the limit on opening rooms per address (shared through Redis too).
 */
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { type RoomLifetime as Lifetime, RoomLifetime, type SessionReader } from './lifetime.js';
import { MemoryRoomStore } from './memory-store.js';
import { RedisRoomStore } from './redis-store.js';

/** Rooms one address may open per window: a class needs one, a whole day of teaching a handful. */
export const ROOM_OPENS = { points: 20, windowSeconds: 10 * 60 } as const;

export interface Rooms {
  lifetime: Lifetime;
  /** Consumed once per new room, keyed by the opener's address. */
  opens: RateLimiterAbstract;
}

export interface RoomsOptions {
  redis?: Redis | undefined;
  /** Key prefix in Redis (REDIS_PREFIX). */
  prefix: string;
  idleMs: number;
  sessions: SessionReader;
  log: { warn(fields: object, message: string): void };
}

export function createRooms(opts: RoomsOptions): Rooms {
  const { redis, prefix, idleMs } = opts;
  const store = redis ? new RedisRoomStore(redis, prefix, idleMs) : new MemoryRoomStore(idleMs);
  const limit = { points: ROOM_OPENS.points, duration: ROOM_OPENS.windowSeconds };
  const opens = redis
    ? new RateLimiterRedis({ ...limit, storeClient: redis, keyPrefix: `${prefix}:room-opens` })
    : new RateLimiterMemory(limit);
  return { lifetime: new RoomLifetime(store, opts.sessions, { idleMs, log: opts.log }), opens };
}
