/**
 * Per-address budgets, one per costly action, shared by HTTP and socket.io: a session started over either
 * transport spends from the same budget, so opening more sockets buys nothing. With REDIS_URL every process
 * spends from one budget in Redis (a memory budget stands in while Redis is away); RATE_LIMIT=off turns them off.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { AppError } from '../protocol/errors.js';

export const BUDGETS = ['starts', 'turns', 'analyses', 'rooms'] as const;
export type Budget = (typeof BUDGETS)[number];

const WHAT: Record<Budget, string> = {
  starts: 'sessions started',
  turns: 'turns',
  analyses: 'transcripts analysed',
  rooms: 'class rooms opened',
};

export interface AddressBudgets {
  /** Spends one from the address's budget, or throws `rate_limited` with when to try again. */
  spend(budget: Budget, address: string): Promise<void>;
  /** The Redis connection the budgets count in (REDIS_URL), for the routes' own limits to count there too. */
  readonly redis?: Redis | undefined;
  close(): Promise<void>;
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

export function sizesOf(config: Config): Record<Budget, number> {
  return {
    starts: config.RATE_LIMIT_STARTS_PER_MINUTE,
    turns: config.RATE_LIMIT_TURNS_PER_MINUTE,
    analyses: config.RATE_LIMIT_ANALYSES_PER_MINUTE,
    rooms: config.RATE_LIMIT_ROOMS_PER_10_MINUTES,
  };
}

/** Seconds each budget counts over: a minute for the chat's pace, ten for rooms (a class needs one). */
export const WINDOW_S: Record<Budget, number> = { starts: 60, turns: 60, analyses: 60, rooms: 600 };

function limiterFor(budget: Budget, points: number, redis: Redis | undefined, prefix: string): Limiter {
  const opts = { points, duration: WINDOW_S[budget], keyPrefix: `${prefix}:budget:${budget}` };
  if (!redis) return new RateLimiterMemory(opts);
  return new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) });
}

export function createBudgets(config: Config): AddressBudgets {
  if (config.RATE_LIMIT === 'off') return { spend: async () => {}, close: async () => {} };
  const sizes = sizesOf(config);
  const prefix = config.REDIS_PREFIX;
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 }) : undefined;
  // A dropped Redis is retried by ioredis and covered by the memory budget meanwhile; never a crash.
  redis?.on('error', () => {});
  const limiters = new Map(BUDGETS.map((b) => [b, limiterFor(b, sizes[b], redis, prefix)]));
  return {
    redis,
    async close() {
      redis?.disconnect();
    },
    async spend(budget, address) {
      try {
        await limiters.get(budget)?.consume(address);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        const per = WINDOW_S[budget] === 60 ? 'a minute' : `in ${WINDOW_S[budget] / 60} minutes`;
        throw new AppError(
          'rate_limited',
          `too many ${WHAT[budget]} from your address (at most ${sizes[budget]} ${per}): try again in ${seconds} s`,
          { retryAfterSeconds: seconds },
        );
      }
    },
  };
}
