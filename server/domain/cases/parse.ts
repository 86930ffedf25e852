/**
 * Parses and checks one case file's text. Pure: the caller reads the file. Every problem is reported as
 * `file: path.to.field: what is wrong`, so an instructor writing a case can find it without reading code.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { LANGS } from '../codes.js';
import { type Case, type CaseFile, CaseSchema, type Line } from './schema.js';

export type ParseCaseResult = { ok: true; value: Case } | { ok: false; errors: string[] };

/** Answers to closed questions must stay short: the client gives the brief answer a closed question invites. */
export const MAX_CLOSED_ANSWER_WORDS = 12;
export const CASE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function zodErrors(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`);
}

/** Walks every Line in the case with its field path. */
function* linesOf(value: unknown, path: string[] = []): Generator<[string, Line]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* linesOf(v, [...path, String(i)]);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.nb === 'string' && typeof obj.da === 'string' && typeof obj.en === 'string') {
      yield [path.join('.'), obj as unknown as Line];
      return;
    }
    for (const [k, v] of Object.entries(obj)) yield* linesOf(v, [...path, k]);
  }
}

function crossChecks(file: string, c: CaseFile): string[] {
  const errors: string[] = [];
  const topics = new Set(Object.keys(c.topics));
  for (const [path, line] of linesOf(c)) {
    if (line.topic !== undefined && !topics.has(line.topic)) {
      errors.push(`${file}: ${path}.topic: unknown topic "${line.topic}" (add it under topics)`);
    }
  }
  const closed = ['closedYes', 'closedNo', 'closedUnsure'] as const;
  for (const key of closed) {
    c.reactions[key].forEach((line, i) => {
      for (const lang of LANGS) {
        const words = line[lang].split(/\s+/).filter(Boolean).length;
        if (words > MAX_CLOSED_ANSWER_WORDS) {
          errors.push(
            `${file}: reactions.${key}.${i}.${lang}: ${words} words, at most ${MAX_CLOSED_ANSWER_WORDS}`,
          );
        }
      }
    });
  }
  for (const key of ['scalingImportance', 'scalingConfidence'] as const) {
    c.reactions[key].forEach((line, i) => {
      for (const lang of LANGS) {
        if (!line[lang].includes('{n}'))
          errors.push(`${file}: reactions.${key}.${i}.${lang}: must contain {n}`);
      }
    });
  }
  return [...errors, ...factChecks(file, c)];
}

/** A yes/no fact must say which way it answers; any other fact must not. */
function factChecks(file: string, c: CaseFile): string[] {
  return (c.facts?.answers ?? []).flatMap((f, i) => {
    const yesNo = f.ask.includes('yesNo');
    if (yesNo && !f.polarity) return [`${file}: facts.answers.${i}.polarity: needed for a yesNo fact`];
    if (!yesNo && f.polarity) return [`${file}: facts.answers.${i}.polarity: only for a yesNo fact`];
    return [];
  });
}

export function parseCase(id: string, source: string, file = `${id}.yaml`): ParseCaseResult {
  if (!CASE_ID_PATTERN.test(id)) {
    return { ok: false, errors: [`${file}: the file name must be lower-case letters, digits and dashes`] };
  }
  let data: unknown;
  try {
    data = parseYaml(source, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` (line ${err.linePos[0].line})` : '';
    return {
      ok: false,
      errors: [`${file}${where}: not valid YAML: ${(err as Error).message.split('\n')[0]}`],
    };
  }
  const parsed = CaseSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: zodErrors(file, parsed.error) };
  const errors = crossChecks(file, parsed.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...parsed.data, id } };
}
