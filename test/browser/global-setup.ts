/** Builds the web client once before the browser tests (they run against dist/client served by the app). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../server/paths.js';

export default function setup(): void {
  const root = projectRoot();
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', 'client', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would make the Preact preset build with its debug tooling.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
