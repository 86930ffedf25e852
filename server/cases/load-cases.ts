/** Reads case files from a folder and parses them with the domain's `parseCase`. */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCase } from '../domain/cases/parse.js';
import type { Case } from '../domain/cases/schema.js';

export const CASE_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The repo's personas/ folder, found relative to this file both from source (tsx) and from dist/. */
export function defaultPersonasDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes(`${join('dist', 'server')}`)
    ? join(here, '..', '..', '..', 'personas')
    : join(here, '..', '..', 'personas');
}

export type LoadCasesResult = { cases: Case[]; errors: string[] };

export async function loadCasesDir(dir: string): Promise<LoadCasesResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => CASE_EXTENSIONS.includes(extname(n))).sort();
  } catch (err) {
    return {
      cases: [],
      errors: [`${dir}: cannot read folder (${(err as NodeJS.ErrnoException).code ?? err})`],
    };
  }
  const cases: Case[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const source = await readFile(join(dir, name), 'utf8');
    const result = parseCase(basename(name, extname(name)), source, name);
    if (result.ok) cases.push(result.value);
    else errors.push(...result.errors);
  }
  return { cases, errors };
}

/** Loads and fails on the first invalid case: the server must not start with a broken case. */
export async function loadCasesOrThrow(dir: string): Promise<Case[]> {
  const { cases, errors } = await loadCasesDir(dir);
  if (errors.length > 0) throw new Error(`invalid case files:\n${errors.join('\n')}`);
  return cases;
}
