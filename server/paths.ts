import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder with package.json), whether running from server/ via tsx or from dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('changetalk: cannot find the project root (package.json)');
    dir = parent;
  }
  return dir;
}

export const clientDistDir = (): string => join(projectRoot(), 'dist', 'client');
export const personasDir = (): string => join(projectRoot(), 'personas');
export const promptsDir = (): string => join(projectRoot(), 'prompts');
