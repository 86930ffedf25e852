/**
 * HTTP edge of instructor accounts: first-run setup, login/logout, the CSRF token, the current user, and
 * admin management of instructors. Also the guards every instructor route uses:
 *
 *  - no, forged or expired login cookie → 401 unauthorized
 *  - a write without a valid CSRF token (header x-csrf-token, from GET /api/auth/csrf) → 403 forbidden
 *  - an admin route as an instructor → 403 forbidden
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountService, LoggedIn, PublicUser } from '../auth/service.js';
import { AppError } from '../protocol/errors.js';
import { LoginSchema, NewUserSchema, SetupSchema, UserSchema } from '../protocol/homework.js';
import { errorResponses } from './errors.js';

export const SESSION_COOKIE = 'changetalk_login';
export const CSRF_COOKIE = 'changetalk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Per client address, on top of the per-account lockout (auth/service.ts). */
export const AUTH_RATE_LIMITS = { loginsPerMinute: 10, setupsPerMinute: 5 } as const;

export const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

const signedIn = new WeakMap<FastifyRequest, PublicUser>();

/** The instructor a guarded route runs for. */
export function currentUser(req: FastifyRequest): PublicUser {
  const user = signedIn.get(req);
  if (!user) throw new Error(`route ${req.routeOptions.url} has no auth guard`);
  return user;
}

export interface GuardOptions {
  /** A state-changing request: needs the CSRF token. */
  write?: boolean;
  admin?: boolean;
}

/** An onRequest hook: runs before the body is parsed, so an anonymous request learns nothing from validation. */
export function guard(accounts: AccountService, opts: GuardOptions = {}) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const user = await accounts.userOf(req.cookies[SESSION_COOKIE]);
    if (!user) throw new AppError('unauthorized', 'log in first (your login may have expired)');
    if (opts.write) await checkCsrf(req);
    if (opts.admin && user.role !== 'admin') throw new AppError('forbidden', 'only an admin may do this');
    signedIn.set(req, user);
  };
}

/** @fastify/csrf-protection's check, with its refusal mapped to our closed vocabulary (403 forbidden). */
function checkCsrf(req: FastifyRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const refuse = {
      send: () =>
        reject(
          new AppError(
            'forbidden',
            `missing or invalid CSRF token: get one from GET /api/auth/csrf and send it in ${CSRF_HEADER}`,
          ),
        ),
    } as unknown as FastifyReply;
    req.server.csrfProtection(req, refuse, () => resolve());
  });
}

/** Cookies, CSRF and the account routes. */
export async function registerAccountRoutes(app: FastifyInstance, accounts: AccountService): Promise<void> {
  const secure = app.config.PUBLIC_URL?.startsWith('https:') ?? false;
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts,
    getToken: (req) => {
      const v = req.headers[CSRF_HEADER];
      return typeof v === 'string' ? v : undefined;
    },
  });

  const setLogin = (reply: FastifyReply, login: LoggedIn) =>
    reply.setCookie(SESSION_COOKIE, login.token, { ...cookieOpts, expires: new Date(login.expiresAt) });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  const LoginResult = z.object({ user: UserSchema, expiresAt: z.string() });

  r.get(
    '/api/setup',
    { schema: { tags, response: { 200: z.object({ needed: z.boolean() }) } } },
    async () => ({
      needed: !(await accounts.hasUsers()),
    }),
  );

  r.post(
    '/api/setup',
    {
      config: perMinute(AUTH_RATE_LIMITS.setupsPerMinute),
      schema: { tags, body: SetupSchema, response: { 201: LoginResult, ...errorResponses } },
    },
    async (req, reply) => {
      const user = await accounts.setup(req.body);
      const login = await accounts.startLogin(user);
      setLogin(reply, login);
      return reply.status(201).send({ user: login.user, expiresAt: login.expiresAt });
    },
  );

  r.get(
    '/api/auth/csrf',
    { schema: { tags, response: { 200: z.object({ token: z.string(), header: z.string() }) } } },
    async (_req, reply) => ({
      token: reply.generateCsrf(),
      header: CSRF_HEADER,
    }),
  );

  r.post(
    '/api/auth/login',
    {
      config: perMinute(AUTH_RATE_LIMITS.loginsPerMinute),
      schema: { tags, body: LoginSchema, response: { 200: LoginResult, ...errorResponses } },
    },
    async (req, reply) => {
      const login = await accounts.login(req.body.email, req.body.password, req.ip);
      setLogin(reply, login);
      return { user: login.user, expiresAt: login.expiresAt };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      onRequest: guard(accounts, { write: true }),
      schema: { tags, response: { 204: z.null(), ...errorResponses } },
    },
    async (req, reply) => {
      await accounts.logout(req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, cookieOpts);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    { onRequest: guard(accounts), schema: { tags, response: { 200: UserSchema, ...errorResponses } } },
    async (req) => currentUser(req),
  );

  r.get(
    '/api/users',
    {
      onRequest: guard(accounts, { admin: true }),
      schema: { tags, response: { 200: z.array(UserSchema), ...errorResponses } },
    },
    async () => accounts.listUsers(),
  );

  r.post(
    '/api/users',
    {
      onRequest: guard(accounts, { write: true, admin: true }),
      schema: { tags, body: NewUserSchema, response: { 201: UserSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await accounts.createUser(req.body)),
  );
}
