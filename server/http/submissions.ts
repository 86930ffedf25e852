/**
 * HTTP edge of submissions. A trainee submits with the practice session's id and token and gets a receipt;
 * the receipt token (Authorization: Bearer …) opens that submission and nothing else. The owning instructor
 * (or an admin) reads, comments on and deletes submissions with the login cookie.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountService } from '../auth/service.js';
import type { HomeworkService } from '../homework/service.js';
import { AppError } from '../protocol/errors.js';
import {
  CommentInputSchema,
  ReceiptSchema,
  SubmissionViewSchema,
  SubmitSchema,
} from '../protocol/homework.js';
import { currentUser, guard, perMinute, SESSION_COOKIE } from './accounts.js';
import { bearerToken } from './auth.js';
import { errorResponses } from './errors.js';

/** Per client address, sized for a whole class handing in at the bell behind one school NAT address. */
export const SUBMISSION_RATE_LIMITS = { submitsPerMinute: 300, receiptsPerMinute: 600 } as const;

const IdParams = z.object({ id: z.string().min(1).max(100) });

export function registerSubmissionRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  homework: HomeworkService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['submissions'];
  const write = guard(accounts, { write: true });

  r.post(
    '/api/submissions',
    {
      config: perMinute(SUBMISSION_RATE_LIMITS.submitsPerMinute),
      schema: { tags, body: SubmitSchema, response: { 201: ReceiptSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await homework.submit(req.body.sessionId, req.body.token)),
  );

  r.get(
    '/api/submissions/:id',
    {
      config: perMinute(SUBMISSION_RATE_LIMITS.receiptsPerMinute),
      schema: { tags, params: IdParams, response: { 200: SubmissionViewSchema, ...errorResponses } },
    },
    async (req) => {
      const receipt = bearerToken(req);
      if (receipt) return homework.receipt(req.params.id, receipt);
      const user = await accounts.userOf(req.cookies[SESSION_COOKIE]);
      if (!user)
        throw new AppError('unauthorized', 'this submission needs its receipt token or an instructor login');
      return homework.submission(user, req.params.id);
    },
  );

  r.post(
    '/api/submissions/:id/comments',
    {
      onRequest: write,
      schema: {
        tags,
        params: IdParams,
        body: CommentInputSchema,
        response: { 201: SubmissionViewSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await homework.comment(currentUser(req), req.params.id, req.body)),
  );

  r.delete(
    '/api/submissions/:id',
    { onRequest: write, schema: { tags, params: IdParams, response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await homework.deleteSubmission(currentUser(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
