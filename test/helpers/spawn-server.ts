import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../server/paths.js';

export const CLI = join(projectRoot(), 'server', 'cli', 'main.ts');
/**
 * tsx's loader, given to node itself: the `tsx` binary would run the server as its own child, so a SIGKILL
 * would kill only the wrapper and leave the real server running, orphaned.
 */
const TSX_LOADER = pathToFileURL(join(projectRoot(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href; // tsx's "." export

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL to the child, or to its whole process group when spawned with `group`. */
  kill: () => void;
}

/**
 * Runs the real CLI in a child process (so signals and exit codes are real). With `group`, the child leads a
 * process group of its own and `kill()` ends the group, whatever it spawned.
 */
export function spawnCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  opts: { group?: boolean } = {},
): Spawned {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: opts.group ?? false,
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      if (opts.group) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return { child, output: () => out, exited, kill };
}

/** Waits for the server's "listening" log line and returns its port. */
export async function waitForPort(s: Spawned, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(s.output());
    if (m) return Number(m[1]);
    if (s.child.exitCode !== null) throw new Error(`server exited early:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server did not start:\n${s.output()}`);
}
