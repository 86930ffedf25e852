/**
 * buildApp: the Fastify instance with socket.io on the same HTTP server. Every edge (routes, socket gateway)
 * is registered here; the caller decides when to listen and when to close.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { Server as SocketServer } from 'socket.io';
import { loadCasesOrThrow } from './cases/load-cases.js';
import type { Config } from './config.js';
import type { Case } from './domain/cases/schema.js';
import { createCoder } from './domain/coder/index.js';
import { registerHomework } from './homework/register.js';
import { timeLimitLookup } from './homework/time-limit.js';
import { frameworkErrors, installErrorHandler } from './http/errors.js';
import { registerHealthRoutes } from './http/health.js';
import { registerRoomRoutes } from './http/rooms.js';
import { registerSessionRoutes } from './http/sessions.js';
import { requestTimeouts } from './http/timeouts.js';
import { refuseUnstorableText } from './http/unstorable-text.js';
import { type AddressBudgets, createBudgets } from './limits/budgets.js';
import { type TrustFn, trustFunction } from './limits/trust-proxy.js';
import { createClientVoice, createSessionReview } from './llm/engine.js';
import { loggerOptions } from './logger.js';
import { clientDistDir, personasDir } from './paths.js';
import { createRooms } from './rooms/create-rooms.js';
import { SessionService } from './sessions/service.js';
import { attachSocketGateway, defaultReplyDelay } from './socket/gateway.js';
import type { Io } from './socket/io.js';
import { attachRedisAdapter } from './socket/redis.js';
import { attachRoomGateway } from './socket/rooms.js';
import { connectStorage, type Storage } from './storage/index.js';

export type { Io } from './socket/io.js';

declare module 'fastify' {
  interface FastifyInstance {
    io: Io;
    storage: Storage;
    config: Config;
    sessions: SessionService;
    /** Per-address budgets shared by HTTP and socket.io. */
    budgets: AddressBudgets;
    /** Which proxies' X-Forwarded-For is believed (TRUST_PROXY), for sockets as for requests. */
    trustProxy: TrustFn;
  }
}

export interface AppOptions {
  /** Use this storage instead of opening one from the config (tests). */
  storage?: Storage;
  /** Folder of the built web client; defaults to dist/client. */
  clientDir?: string;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: NodeJS.WritableStream;
  /** Cases to serve instead of personas/ (tests). */
  cases?: readonly Case[];
  /** How long the client "types" before a reply appears over socket.io; tests pass () => 0. */
  replyDelayMs?: (replyText: string) => number;
  /** Events one socket may send per minute (tests that flood on purpose raise it). */
  socketEventsPerMinute?: number;
  /** The Redis stream rooms are shared through (default: REDIS_PREFIX:socket.io). */
  redisStreamName?: string;
  /** How long a live room stays open without a presenter (default ROOM_IDLE_MINUTES; tests shorten it). */
  roomIdleMs?: number;
  /** LLM engine: deadline of one reply and retries per request (tests shorten them). */
  llm?: { timeoutMs?: number; maxRetries?: number };
  /** The clock of sessions and homework (tests of time limits and due dates). */
  now?: () => Date;
  /**
   * false: return before the database answers (it is retried for STORAGE_START_TIMEOUT_S, requests meanwhile
   * answer `unavailable`); the caller awaits `app.storage.ready`. Default true.
   */
  waitForStorage?: boolean;
  /** How long a client may take to send a whole request (tests shorten it); see http/timeouts.ts. */
  requestTimeoutMs?: number;
}

/** How long a dropped socket may come back and find its rooms and missed events (socket.io recovery). */
export const SOCKET_RECOVERY_MS = 2 * 60_000;

export async function buildApp(config: Config, opts: AppOptions = {}): Promise<FastifyInstance> {
  const trust = trustFunction(config.TRUST_PROXY);
  const app = Fastify({
    logger: { ...loggerOptions(config), ...(opts.logStream ? { stream: opts.logStream } : {}) },
    // Router errors (a malformed URL, an overlong parameter) answer in the closed vocabulary too.
    frameworkErrors,
    ...requestTimeouts(opts.requestTimeoutMs),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // Close idle keep-alive connections on close so shutdown is not held up by them.
    forceCloseConnections: 'idle',
    // No proxy is trusted unless TRUST_PROXY names it: a forged X-Forwarded-For must not choose the address.
    trustProxy: config.TRUST_PROXY ? trust : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  const storage = opts.storage ?? connectStorage(config, (err, inMs) => storageRetry(app, err, inMs));
  if (opts.waitForStorage !== false) await storage.ready;
  app.decorate('storage', storage);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } },
  });
  installErrorHandler(app);
  refuseUnstorableText(app);
  app.decorate('trustProxy', trust);
  const budgets = createBudgets(config);
  app.decorate('budgets', budgets);
  // Route limits (logins, setup, homework) are per address too, counted in Redis when several processes share
  // one (a Redis outage lets requests through rather than failing them); RATE_LIMIT=off leaves them unregistered.
  if (config.RATE_LIMIT === 'on') {
    await app.register(rateLimit, {
      global: false,
      ...(budgets.redis
        ? { redis: budgets.redis, nameSpace: `${config.REDIS_PREFIX}:route-limit:`, skipOnError: true }
        : {}),
    });
  }
  await registerDocs(app);
  const cases = opts.cases ?? (await loadCasesOrThrow(config.CASES_DIR ?? personasDir()));
  const coder = createCoder();
  const voice = createClientVoice(config, coder, {
    ...opts.llm,
    log: (fields, message) => app.log.warn(fields, message),
  });
  const review = createSessionReview(config, coder, opts.llm);
  const sessions = new SessionService({
    store: storage.sessions,
    cases,
    coder,
    ...(voice ? { voice } : {}),
    ...(review ? { review } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    timeLimitOf: timeLimitLookup(storage.homework),
    onListenerError: (err) => app.log.warn({ err }, 'a turn listener failed (the turn itself was answered)'),
  });
  app.decorate('sessions', sessions);
  registerHealthRoutes(app);
  registerSessionRoutes(app, sessions);
  await registerHomework(app, sessions, opts.now ? { now: opts.now } : {});
  await registerClient(app, opts.clientDir ?? clientDistDir());

  const io: Io = new SocketServer(app.server, {
    serveClient: false,
    connectionStateRecovery: { maxDisconnectionDuration: SOCKET_RECOVERY_MS },
  });
  app.decorate('io', io);
  const stream = opts.redisStreamName ?? `${config.REDIS_PREFIX}:socket.io`;
  const redis = config.REDIS_URL ? attachRedisAdapter(io, config.REDIS_URL, stream) : undefined;
  // Live rooms: in Redis with the adapter (any process serves any room), else in this process's memory.
  const rooms = createRooms({
    redis: redis?.client,
    prefix: config.REDIS_PREFIX,
    idleMs: opts.roomIdleMs ?? config.ROOM_IDLE_MINUTES * 60_000,
    sessions,
    log: app.log,
  });
  registerRoomRoutes(app, rooms.lifetime);
  rooms.lifetime.start();
  const gateway = {
    service: sessions,
    log: app.log,
    replyDelayMs: opts.replyDelayMs ?? defaultReplyDelay,
    budgets,
    trustProxy: app.trustProxy,
    ...(opts.socketEventsPerMinute ? { eventsPerMinute: opts.socketEventsPerMinute } : {}),
  };
  attachSocketGateway(io, gateway);
  attachRoomGateway(io, { ...gateway, rooms, coder: createCoder(), publicUrl: config.PUBLIC_URL });

  // Close the transports before the HTTP server stops, so close() does not wait on them. A transport close
  // (unlike a server-side disconnect) makes browsers reconnect by themselves once a server is back.
  app.addHook('preClose', async () => {
    io.engine.close();
  });
  app.addHook('onClose', async () => {
    rooms.lifetime.stop();
    await io.close();
    await redis?.close();
    await budgets.close();
    if (!opts.storage) await storage.close();
  });
  return app;
}

function storageRetry(app: FastifyInstance, err: unknown, inMs: number): void {
  const reason = err instanceof Error ? err.message : String(err);
  app.log.warn({ reason, retryInMs: inMs }, 'the database at DATABASE_URL is not reachable yet; retrying');
}

/** OpenAPI document of every route (from the zod schemas) at /docs, assets served locally. */
async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: { info: { title: 'changetalk API', version: '1' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

/** Serves the built web client and falls back to index.html for its client-side routes. */
async function registerClient(app: FastifyInstance, dir: string): Promise<void> {
  const built = existsSync(dir);
  if (built) await app.register(fastifyStatic, { root: dir, wildcard: false });
  else app.log.warn({ dir }, 'web client not built (run npm run build); serving the API only');
  // Unknown routes answer in the closed error vocabulary whether or not the web client is there.
  app.setNotFoundHandler((req, reply) => {
    const isPage =
      req.method === 'GET' && !req.url.startsWith('/api/') && req.headers.accept?.includes('text/html');
    if (built && isPage) return reply.type('text/html').sendFile('index.html');
    return reply
      .status(404)
      .send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url}` } });
  });
}
