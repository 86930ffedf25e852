/**
 * The live rooms of an app: in Redis when the app has a Redis connection (rooms shared by every process), in
 * memory otherwise, and their lifetime. Opening rooms spends from the per-address `rooms` budget (limits/).
 */
import type { Redis } from 'ioredis';
import { type RoomLifetime as Lifetime, RoomLifetime, type SessionReader } from './lifetime.js';
import { MemoryRoomStore } from './memory-store.js';
import { RedisRoomStore } from './redis-store.js';

export interface Rooms {
  lifetime: Lifetime;
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
  return { lifetime: new RoomLifetime(store, opts.sessions, { idleMs, log: opts.log }) };
}
