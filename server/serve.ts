/** Starts the server and owns the process's signals: a clean shutdown within SHUTDOWN_TIMEOUT_MS. */
import { buildApp } from './app.js';
import { type Config, describeConfig } from './config.js';

export const SHUTDOWN_TIMEOUT_MS = 5_000;
/** How long a start waits for its database before it listens anyway. */
const STORAGE_GRACE_MS = 1_500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** The start failed for a reason the operator can act on; its message is the one line to show. */
export class StartError extends Error {
  override name = 'StartError';
}

export async function startServer(config: Config): Promise<void> {
  const app = await buildApp(config, { waitForStorage: false });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // If anything hangs, still leave within the limit, and say so with a failing exit code.
    setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  keepServingOnStrayErrors(app.log);
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  // A database that answers at once is migrated before the first request; one that does not yet answer keeps
  // being retried while the server listens (requests meanwhile get `unavailable`, /readyz 503).
  await Promise.race([app.storage.ready.catch(() => {}), sleep(STORAGE_GRACE_MS)]);
  await app.listen({ port: config.PORT, host: config.HOST });
  try {
    await app.storage.ready;
  } catch (err) {
    await app.close().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new StartError(
      `cannot reach the database at DATABASE_URL (${describeConfig(config).storage}) after ${config.STORAGE_START_TIMEOUT_S} s: ${reason}`,
    );
  }
  app.log.info({ config: describeConfig(config) }, 'changetalk ready');
}

/**
 * The last line of defence: every listener, timer and promise of the server catches its own errors, and one
 * that slips through is logged here instead of ending the process for every trainee on it.
 */
export function keepServingOnStrayErrors(log: { error(obj: object, msg: string): void }): void {
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason }, 'unhandled rejection (still serving)'),
  );
  process.on('uncaughtException', (err) => log.error({ err }, 'uncaught exception (still serving)'));
}
