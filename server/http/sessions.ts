/** HTTP edge of practice sessions, analyses and cases: parse, call the session service, map the result. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnalysisInputSchema,
  CaseSummarySchema,
  SessionCreatedSchema,
  SessionViewSchema,
  StartSessionSchema,
  TurnInputSchema,
  TurnResultSchema,
  toWireReport,
} from '../protocol/index.js';
import { fallbackNotice } from '../sessions/notice.js';
import type { SessionService } from '../sessions/service.js';
import { turnView } from '../sessions/view.js';
import { bearerToken } from './auth.js';
import { spends } from './budget.js';
import { ErrorResponseSchema, errorResponses } from './errors.js';
import { reportCsv } from './report-csv.js';

const IdParams = z.object({ id: z.string().min(1).max(100) });
const errors = errorResponses;

export function registerSessionRoutes(app: FastifyInstance, service: SessionService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cases',
    { schema: { tags: ['cases'], response: { 200: z.array(CaseSummarySchema) } } },
    async () => service.listCases(),
  );

  r.post(
    '/api/sessions',
    {
      preHandler: spends(app, 'starts'),
      schema: {
        tags: ['sessions'],
        body: StartSessionSchema,
        response: { 201: SessionCreatedSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await service.start(req.body)),
  );

  r.get(
    '/api/sessions/:id',
    { schema: { tags: ['sessions'], params: IdParams, response: { 200: SessionViewSchema, ...errors } } },
    async (req) => service.view(req.params.id, bearerToken(req)),
  );

  r.post(
    '/api/sessions/:id/turns',
    {
      preHandler: spends(app, 'turns'),
      schema: {
        tags: ['sessions'],
        params: IdParams,
        body: TurnInputSchema,
        response: { 200: TurnResultSchema, ...errors },
      },
    },
    async (req) => {
      const { text, turn } = req.body;
      const result = await service.turn(req.params.id, bearerToken(req), text, undefined, {}, turn);
      const last = result.session.turns[result.session.turns.length - 1];
      if (!last) throw new Error('a turn was taken but not recorded');
      const notice = fallbackNotice(result);
      return { turn: turnView(last), report: toWireReport(result.report), ...(notice ? { notice } : {}) };
    },
  );

  r.post(
    '/api/sessions/:id/end',
    { schema: { tags: ['sessions'], params: IdParams, response: { 200: SessionViewSchema, ...errors } } },
    async (req) => service.end(req.params.id, bearerToken(req)),
  );

  r.get(
    '/api/sessions/:id/report',
    {
      schema: {
        tags: ['sessions'],
        params: IdParams,
        querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
      },
    },
    async (req, reply) => {
      const view = await service.view(req.params.id, bearerToken(req));
      const name = `changetalk-${view.id.slice(0, 8)}`;
      if (req.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(reportCsv(view));
      }
      return reply.header('content-disposition', `attachment; filename="${name}.json"`).send(view);
    },
  );

  r.post(
    '/api/sessions/:id/branch',
    {
      preHandler: spends(app, 'starts'),
      schema: {
        tags: ['sessions'],
        params: IdParams,
        body: z.object({ atTurn: z.number().int().min(0) }),
        response: { 201: SessionCreatedSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.branch(req.params.id, bearerToken(req), req.body.atTurn)),
  );

  r.delete(
    '/api/sessions/:id',
    { schema: { tags: ['sessions'], params: IdParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await service.delete(req.params.id, bearerToken(req));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/analyses',
    {
      preHandler: spends(app, 'analyses'),
      bodyLimit: 1_048_576,
      schema: {
        tags: ['analyses'],
        body: AnalysisInputSchema,
        response: {
          201: SessionCreatedSchema,
          ...errors,
          413: ErrorResponseSchema,
          422: ErrorResponseSchema,
        },
      },
    },
    async (req, reply) => reply.status(201).send(await service.analyse(req.body)),
  );
}
