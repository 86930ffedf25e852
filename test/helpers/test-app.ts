import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadCasesOrThrow } from '../../server/cases/load-cases.js';
import { loadConfig } from '../../server/config.js';
import { projectRoot } from '../../server/paths.js';
import { tempDir } from './temp-dir.js';

/** A real app on SQLite in a temp folder, silent unless a test asks for its logs. */
export async function testApp(env: Record<string, string> = {}, opts: Parameters<typeof buildApp>[1] = {}) {
  const dir = tempDir();
  const config = loadConfig({
    DATA_DIR: dir.path,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...env,
  });
  const cases = opts.cases ?? (await fixtureCases());
  const app: FastifyInstance = await buildApp(config, { cases, replyDelayMs: () => 0, ...opts });
  return {
    app,
    config,
    dataDir: dir.path,
    async close() {
      await app.close();
      dir.remove();
    },
  };
}

/** Listens on port 0 and returns the base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** The small test case(s) in test/fixtures/cases: fast and stable while personas/ grows. */
export async function fixtureCases() {
  return loadCasesOrThrow(join(projectRoot(), 'test', 'fixtures', 'cases'));
}
