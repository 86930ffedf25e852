/**
 * The first-load JavaScript budget of the web client: the entry chunk plus every chunk it imports statically
 * (what the browser fetches before the start page runs), gzipped. Used two ways:
 *  - as a Vite plugin (client/vite.config.ts): prints the size after `vite build` and fails the build above the
 *    budget;
 *  - as a script: `npx tsx scripts/bundle-size.ts [dist/client]` measures a finished build from its index.html.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export interface SizeReport {
  files: { name: string; gzip: number }[];
  total: number;
}

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
}

/** Entry chunks and their static imports, gzipped. */
export function firstLoad(bundle: Record<string, ChunkLike>): SizeReport {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const chunk = bundle[name];
    if (chunk?.type !== 'chunk') return;
    seen.add(name);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const chunk of Object.values(bundle))
    if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
  const files = [...seen].map((name) => ({ name, gzip: gz(bundle[name]?.code ?? '') }));
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

export function printReport(r: SizeReport, budget = FIRST_LOAD_BUDGET_BYTES, log = console.log): boolean {
  for (const f of r.files) log(`  ${f.name.padEnd(48)} ${kb(f.gzip).padStart(10)}`);
  const ok = r.total <= budget;
  log(`first-load JS (gzip): ${kb(r.total)} of ${kb(budget)} budget — ${ok ? 'ok' : 'OVER BUDGET'}`);
  return ok;
}

export function bundleSize(budget = FIRST_LOAD_BUDGET_BYTES): Plugin {
  return {
    name: 'changetalk-bundle-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const report = firstLoad(bundle as unknown as Record<string, ChunkLike>);
      const ok = printReport(report, budget, (line) => console.log(line));
      if (!ok)
        this.error(`first-load JavaScript is ${kb(report.total)} gzipped, above the ${kb(budget)} budget`);
    },
  };
}

/** Measures a built client from its index.html: the module script and its modulepreload links. */
export function measureDist(dir: string): SizeReport {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const files = [...new Set(refs)].map((ref) => ({
    name: ref,
    gzip: gz(readFileSync(join(dir, ref.replace(/^\//, '')))),
  }));
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist/client');
  const ok = printReport(measureDist(dir));
  process.exitCode = ok ? 0 : 1;
}
