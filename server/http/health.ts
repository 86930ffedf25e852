import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const HealthSchema = z.object({ status: z.literal('ok') });
const ReadySchema = z.object({ status: z.enum(['ready', 'unavailable']), storage: z.string() });

export function registerHealthRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Liveness: the process answers. No dependency is checked, so a slow database does not get us restarted.
  r.get('/healthz', { schema: { response: { 200: HealthSchema } }, logLevel: 'warn' }, async () => ({
    status: 'ok' as const,
  }));
  // Readiness: storage answers; a load balancer sends traffic only then.
  r.get(
    '/readyz',
    { schema: { response: { 200: ReadySchema, 503: ReadySchema } }, logLevel: 'warn' },
    async (req, reply) => {
      try {
        await app.storage.ping();
        return { status: 'ready' as const, storage: app.storage.kind };
      } catch (err) {
        req.log.warn({ err }, 'storage not reachable');
        return reply.status(503).send({ status: 'unavailable' as const, storage: app.storage.kind });
      }
    },
  );
}
