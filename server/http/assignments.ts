/** HTTP edge of assignments: instructor CRUD, review lists and exports; the public view and start by code. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountService } from '../auth/service.js';
import { exportZip } from '../homework/export-zip.js';
import type { HomeworkService } from '../homework/service.js';
import {
  AssignmentInputSchema,
  AssignmentPatchSchema,
  AssignmentViewSchema,
  PublicAssignmentSchema,
  StartForAssignmentSchema,
  SubmissionRowSchema,
} from '../protocol/homework.js';
import { SessionCreatedSchema } from '../protocol/index.js';
import { currentUser, guard, perMinute } from './accounts.js';
import { spends } from './budget.js';
import { errorResponses } from './errors.js';

/** Per client address, sized for a whole class opening the link behind one school NAT address. */
export const ASSIGNMENT_RATE_LIMITS = { lookupsPerMinute: 600 } as const;

const IdParams = z.object({ id: z.string().min(1).max(100) });
const CodeParams = z.object({ code: z.string().min(1).max(20) });

export function registerAssignmentRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  homework: HomeworkService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assignments'];
  const read = guard(accounts);
  const write = guard(accounts, { write: true });

  r.post(
    '/api/assignments',
    {
      onRequest: write,
      schema: {
        tags,
        body: AssignmentInputSchema,
        response: { 201: AssignmentViewSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await homework.create(currentUser(req), req.body)),
  );

  r.get(
    '/api/assignments',
    {
      onRequest: read,
      schema: { tags, response: { 200: z.array(AssignmentViewSchema), ...errorResponses } },
    },
    async (req) => homework.list(currentUser(req)),
  );

  r.get(
    '/api/assignments/:id',
    {
      onRequest: read,
      schema: { tags, params: IdParams, response: { 200: AssignmentViewSchema, ...errorResponses } },
    },
    async (req) => homework.get(currentUser(req), req.params.id),
  );

  r.patch(
    '/api/assignments/:id',
    {
      onRequest: write,
      schema: {
        tags,
        params: IdParams,
        body: AssignmentPatchSchema,
        response: { 200: AssignmentViewSchema, ...errorResponses },
      },
    },
    async (req) => homework.update(currentUser(req), req.params.id, req.body),
  );

  r.delete(
    '/api/assignments/:id',
    { onRequest: write, schema: { tags, params: IdParams, response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await homework.delete(currentUser(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/assignments/:id/submissions',
    {
      onRequest: read,
      schema: { tags, params: IdParams, response: { 200: z.array(SubmissionRowSchema), ...errorResponses } },
    },
    async (req) => homework.submissions(currentUser(req), req.params.id),
  );

  r.get(
    '/api/assignments/:id/export.csv',
    { onRequest: read, schema: { tags, params: IdParams } },
    async (req, reply) => {
      const { code, csv } = await homework.exportCsv(currentUser(req), req.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="changetalk-${code}.csv"`)
        .send(csv);
    },
  );

  r.get(
    '/api/assignments/:id/export.json',
    { onRequest: read, schema: { tags, params: IdParams } },
    async (req, reply) => {
      const data = await homework.exportJson(currentUser(req), req.params.id);
      return reply
        .header('content-disposition', `attachment; filename="changetalk-${data.assignment.code}.json"`)
        .send(data);
    },
  );

  r.get(
    '/api/assignments/:id/export.zip',
    { onRequest: read, schema: { tags, params: IdParams } },
    async (req, reply) => {
      const user = currentUser(req);
      const { code, csv } = await homework.exportCsv(user, req.params.id);
      const data = await homework.exportJson(user, req.params.id);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="changetalk-${code}.zip"`)
        .send(Buffer.from(exportZip(code, data.submissions, csv)));
    },
  );

  r.get(
    '/api/assignments/by-code/:code',
    {
      config: perMinute(ASSIGNMENT_RATE_LIMITS.lookupsPerMinute),
      schema: { tags, params: CodeParams, response: { 200: PublicAssignmentSchema, ...errorResponses } },
    },
    async (req) => homework.byCode(req.params.code),
  );

  r.post(
    '/api/assignments/by-code/:code/sessions',
    {
      preHandler: spends(app, 'starts'),
      schema: {
        tags,
        params: CodeParams,
        body: StartForAssignmentSchema,
        response: { 201: SessionCreatedSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await homework.startPractice(req.params.code, req.body.displayName, req.body.seed)),
  );
}
