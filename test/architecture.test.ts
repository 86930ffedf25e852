/** The layering the folder READMEs promise, checked on the source: a pure domain, a client that shares only the protocol. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/paths.js';

const root = projectRoot();

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f));
}

const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
    (m) => m[1] ?? '',
  );

describe('architecture', () => {
  it('server/domain imports no framework, transport, storage, LLM client or file system', () => {
    const forbidden =
      /^(fastify|@fastify\/|socket\.io|pg$|better-sqlite3|openai|ioredis|node:fs|node:http|node:net)/;
    const offences = sources('server/domain').flatMap((f) =>
      importsOf(f)
        .filter(
          (i) => forbidden.test(i) || (i.startsWith('.') && !join(f, '..', i).startsWith('server/domain')),
        )
        .map((i) => `${f}: ${i}`),
    );
    expect(offences).toEqual([]);
  });

  it('the web client imports nothing of the server but the protocol', () => {
    const offences = sources('client/src').flatMap((f) =>
      importsOf(f)
        .filter(
          (i) => i.includes('/server/') && !relative(root, join(f, '..', i)).startsWith('server/protocol/'),
        )
        .map((i) => `${f}: ${i}`),
    );
    expect(offences).toEqual([]);
  });
});
