/**
 * The layering of server/README.md is enforced by dependency-cruiser in `npm run lint` (.dependency-cruiser.cjs).
 * Here: the real tree passes, and a probe tree that breaks every rule on purpose fails with each rule's name,
 * so a rule that stopped firing (a path typo, a tool upgrade) is caught too.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/paths.js';
import { tempDir } from './helpers/temp-dir.js';

const root = projectRoot();
const CLI = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');

async function cruise(cwd: string, paths: string[]): Promise<{ rule: string; from: string }[]> {
  const args = [CLI, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...paths];
  const run = promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
  );
  const out = JSON.parse((await run).stdout) as {
    summary: { violations: { rule: { name: string }; from: string }[] };
  };
  return out.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from }));
}

/** Files that each break one rule. */
const PROBE: Record<string, string> = {
  'server/domain/uses-fastify.ts': "import Fastify from 'fastify';\nexport const f = Fastify;\n",
  'server/domain/uses-an-edge.ts': "import { edge } from '../http/edge.js';\nexport const d = edge;\n",
  'server/http/edge.ts': "import { store } from '../storage/store.js';\nexport const edge = store;\n",
  'server/storage/store.ts': 'export const store = 1;\n',
  'server/protocol/leaks.ts': "import { edge } from '../http/edge.js';\nexport const p = edge;\n",
  'client/src/reaches-in.ts': "import { edge } from '../../server/http/edge.js';\nexport const c = edge;\n",
  'server/sessions/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'server/sessions/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
};

describe('the layer rules (dependency-cruiser)', () => {
  it('hold on the source tree', async () => {
    expect(await cruise(root, ['server', 'client/src'])).toEqual([]);
  }, 60_000);

  it('fire on a tree that breaks each of them', async () => {
    const dir = tempDir();
    try {
      for (const [file, text] of Object.entries(PROBE)) {
        mkdirSync(dirname(join(dir.path, file)), { recursive: true });
        writeFileSync(join(dir.path, file), text);
      }
      cpSync(join(root, '.dependency-cruiser.cjs'), join(dir.path, '.dependency-cruiser.cjs'));
      writeFileSync(
        join(dir.path, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
      );
      symlinkSync(join(root, 'node_modules'), join(dir.path, 'node_modules'));
      const fired = await cruise(dir.path, ['server', 'client/src']);
      const rules = new Set(fired.map((v) => v.rule));
      for (const rule of [
        'no-circular',
        'domain-is-pure',
        'domain-no-io-packages',
        'protocol-is-shared',
        'web-client-speaks-protocol',
        'storage-behind-its-port',
      ])
        expect(rules, `${rule} did not fire`).toContain(rule);
      expect(fired).toContainEqual({ rule: 'domain-no-io-packages', from: 'server/domain/uses-fastify.ts' });
    } finally {
      dir.remove();
    }
  }, 60_000);
});
