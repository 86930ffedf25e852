/** Refuses, for every route, a request whose params, query or body hold text no store can keep. */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../protocol/errors.js';
import { hasUnstorableText } from '../protocol/text.js';

/**
 * A preValidation hook on the root instance, so it runs for every route before its schema and handler:
 * PostgreSQL would otherwise answer such text with a 500, and SQLite would store it broken.
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (hasUnstorableText(req.params) || hasUnstorableText(req.query) || hasUnstorableText(req.body))
      throw new AppError(
        'validation_failed',
        'the request holds text that cannot be stored (a NUL character or a lone UTF-16 surrogate)',
      );
  });
}
