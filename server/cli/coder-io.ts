/**
 * File reading and output for the `eval` and `code` commands, kept out of the domain. Errors become one line
 * on stderr and exit code 2 (bad input), so scripts can tell them from a crash.
 */
import { readFileSync } from 'node:fs';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readInput(path: string): ReadResult {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(err);
    return { ok: false, message: `cannot read ${path}: ${why}` };
  }
}

export function fail(io: Io, command: string, message: string): number {
  io.err(`changetalk ${command}: ${message}\n`);
  return EXIT_BAD_INPUT;
}

export const fmt = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits));
