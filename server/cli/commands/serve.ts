import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../config.js';
import { StartError, startServer } from '../../serve.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the web server (configuration from the environment and .env, see .env.example)')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'address to listen on (overrides HOST)')
    .action(async (opts: { port?: string; host?: string }) => {
      const env = { ...process.env };
      if (opts.port !== undefined) env.PORT = opts.port;
      if (opts.host !== undefined) env.HOST = opts.host;
      try {
        await startServer(loadConfig(env, { dotenv: true }));
      } catch (err) {
        if (err instanceof ConfigError) {
          process.stderr.write(`changetalk: ${err.message}\n`);
          process.exit(2);
        }
        // One line an operator can act on, not a stack trace (SQLite: DATA_DIR not writable, and the like).
        const message = err instanceof Error ? err.message : String(err);
        const where =
          err instanceof StartError ? '' : ` (storage: DATA_DIR or DATABASE_URL; ports: PORT, HOST)`;
        process.stderr.write(`changetalk: could not start${where}: ${message}\n`);
        process.exit(1);
      }
    });
}
