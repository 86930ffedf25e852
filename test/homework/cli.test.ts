/** `changetalk users add` with a piped password, then the account logs in. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountService } from '../../server/auth/service.js';
import { openSqlite } from '../../server/storage/sqlite.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI_TIMEOUT_MS = 60_000;

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

function users(args: string[], input: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir.path, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const r = spawnSync('npx', ['tsx', 'server/cli/main.ts', 'users', ...args], {
    cwd: ROOT,
    input,
    env,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
  // npx may warn about the environment's npm config; that is not the command's output.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('npm warn'))
    .join('\n')
    .trim();
  return { code: r.status, stdout: r.stdout, stderr };
}

describe('changetalk users', () => {
  it('adds an admin with a piped password, lists it, and refuses a duplicate and a short password', {
    timeout: CLI_TIMEOUT_MS * 4,
  }, async () => {
    const added = users(
      ['add', '--email', 'Ada@Example.org', '--name', 'Ada Admin', '--role', 'admin'],
      'a long password\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^added admin ada@example.org \(/);

    const dup = users(['add', '--email', 'ada@example.org', '--name', 'Ada'], 'another password\n');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('already a user ada@example.org');
    const short = users(['add', '--email', 'bo@example.org', '--name', 'Bo'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('at least 10 characters');
    const badRole = users(
      ['add', '--email', 'bo@example.org', '--name', 'Bo', '--role', 'owner'],
      'a long password\n',
    );
    expect(badRole.code).toBe(1);

    const list = users(['list'], '');
    expect(list.stdout).toBe('ada@example.org\tadmin\tAda Admin\n');

    const storage = openSqlite(dir.path);
    try {
      const login = await new AccountService(storage.accounts).login(
        'ada@example.org',
        'a long password',
        '127.0.0.1',
      );
      expect(login.user.role).toBe('admin');
    } finally {
      await storage.close();
    }
  });
});
