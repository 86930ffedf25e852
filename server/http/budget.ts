import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Budget } from '../limits/budgets.js';

/**
 * A route's spend from the per-address budget it shares with socket.io (`preHandler`: after the body parsed,
 * so a malformed request costs nothing).
 */
export function spends(app: FastifyInstance, budget: Budget) {
  return async (req: FastifyRequest): Promise<void> => app.budgets.spend(budget, req.ip);
}
