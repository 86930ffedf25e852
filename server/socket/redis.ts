/**
 * Several server processes share live rooms through Redis when REDIS_URL is set: the room state is in Redis
 * (rooms/redis-store.ts, on this same connection) and every emit fans out through the adapter. The Redis Streams adapter
 * (not pub/sub) is used because it supports socket.io's connection state recovery and survives a short Redis
 * outage without losing packets.
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';

export interface RedisLink {
  client: Redis;
  close(): Promise<void>;
}

/** The stream with the default REDIS_PREFIX; the app passes `${REDIS_PREFIX}:socket.io`. */
export const DEFAULT_STREAM = 'changetalk:socket.io';

export function attachRedisAdapter(io: Server, url: string, streamName = DEFAULT_STREAM): RedisLink {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // A dropped Redis is reported by ioredis and retried; it must not crash the process.
  client.on('error', () => {});
  io.adapter(createAdapter(client, { streamName, sessionKeyPrefix: `${streamName}:session:` }));
  return {
    client,
    async close() {
      client.disconnect();
    },
  };
}
