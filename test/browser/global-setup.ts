/**
 * Builds the web client once before the browser tests, into a folder of this run's own: two test runs at
 * once (several engineers, or CI beside a local run) would otherwise rebuild dist/client under each other.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../server/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    clientDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = projectRoot();
  const outDir = mkdtempSync(join(tmpdir(), 'changetalk-client-'));
  execFileSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', 'client', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
      // vitest sets NODE_ENV=test, which would make the Preact preset build with its debug tooling.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  project.provide('clientDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
