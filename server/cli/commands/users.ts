/**
 * `changetalk users add|list`: instructor accounts from the command line, e.g. the first admin. The password
 * is prompted for (twice, not echoed) on a terminal, and read from the first line of stdin when piped.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AccountService, type PublicUser } from '../../auth/service.js';
import { ConfigError, loadConfig } from '../../config.js';
import type { Role } from '../../domain/ports/accounts.js';
import { AppError } from '../../protocol/errors.js';
import { openStorage } from '../../storage/index.js';
import type { Storage } from '../../storage/types.js';

export interface AddUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** The work of `users add`, callable from tests with any storage. */
export async function addUser(storage: Storage, input: AddUserInput): Promise<PublicUser> {
  return new AccountService(storage.accounts).createUser(input);
}

/** The first line of piped stdin. */
export async function readPipedLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const muted = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    muted._writeToOutput = (s: string) => {
      if (!asked) {
        process.stdout.write(s);
        asked = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedLine();
  const first = await askHidden('Password: ');
  const again = await askHidden('Password again: ');
  if (first !== again) throw new AppError('bad_request', 'the two passwords differ');
  return first;
}

async function withStorage<T>(work: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage(loadConfig(process.env, { dotenv: true }));
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

function fail(err: unknown): void {
  if (err instanceof AppError || err instanceof ConfigError) {
    process.stderr.write(`changetalk: ${err.message}\n`);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
    return;
  }
  throw err;
}

export function register(program: Command): void {
  const users = program
    .command('users')
    .description('manage instructor accounts (storage from DATA_DIR or DATABASE_URL)');
  users
    .command('add')
    .description('add an instructor; the password is prompted for, or read from stdin when piped')
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--name <name>', 'name shown to trainees with comments')
    .option('--role <role>', 'instructor or admin', 'instructor')
    .action(async (opts: { email: string; name: string; role: string }) => {
      try {
        if (opts.role !== 'instructor' && opts.role !== 'admin') {
          throw new AppError('bad_request', `--role must be instructor or admin (got "${opts.role}")`);
        }
        const role: Role = opts.role;
        const password = await readPassword();
        const user = await withStorage((s) =>
          addUser(s, { email: opts.email, name: opts.name, role, password }),
        );
        process.stdout.write(`added ${user.role} ${user.email} (${user.id})\n`);
      } catch (err) {
        fail(err);
      }
    });
  users
    .command('list')
    .description('list instructors and admins')
    .action(async () => {
      try {
        const list = await withStorage((s) => new AccountService(s.accounts).listUsers());
        for (const u of list) process.stdout.write(`${u.email}\t${u.role}\t${u.name}\n`);
      } catch (err) {
        fail(err);
      }
    });
}
