/** Accounts and homework on an app: one call from buildApp. */
import type { FastifyInstance } from 'fastify';
import { AccountService } from '../auth/service.js';
import { registerAccountRoutes } from '../http/accounts.js';
import { registerAssignmentRoutes } from '../http/assignments.js';
import { registerSubmissionRoutes } from '../http/submissions.js';
import type { SessionService } from '../sessions/service.js';
import { scheduleRetention } from './retention.js';
import { HomeworkService } from './service.js';

export interface HomeworkOptions {
  /** The clock (tests). */
  now?: () => Date;
  /** Run the retention purge at start and daily (default true). */
  retention?: boolean;
}

export async function registerHomework(
  app: FastifyInstance,
  sessions: SessionService,
  opts: HomeworkOptions = {},
): Promise<{ accounts: AccountService; homework: HomeworkService }> {
  const accounts = new AccountService(app.storage.accounts, { now: opts.now });
  const homework = new HomeworkService({
    store: app.storage.homework,
    sessions,
    now: opts.now,
  });
  await registerAccountRoutes(app, accounts);
  registerAssignmentRoutes(app, accounts, homework);
  registerSubmissionRoutes(app, accounts, homework);
  if (opts.retention !== false) {
    let stop: (() => Promise<void>) | undefined;
    app.addHook('onReady', async () => {
      stop = scheduleRetention(app.storage, app.config.DATA_RETENTION_DAYS, app.log);
    });
    app.addHook('onClose', async () => stop?.());
  }
  return { accounts, homework };
}
