/** Shared test helpers: the fixture case, hand-made codings and a fake coder for unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../../server/domain/cases/parse.js';
import type { Case } from '../../server/domain/cases/schema.js';
import type { Coder, CounsellorCoding, Technique } from '../../server/domain/coder/types.js';
import type { CounsellorCode, Lang } from '../../server/domain/codes.js';

export const FIXTURE_CASES_DIR = join(import.meta.dirname, '..', 'fixtures', 'cases');

export function fixtureCase(id = 'daily-walk'): Case {
  const result = parseCase(id, readFileSync(join(FIXTURE_CASES_DIR, `${id}.yaml`), 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

export function coding(
  code: CounsellorCode,
  techniques: Technique[] = [],
  lang: Lang = 'en',
): CounsellorCoding {
  return { code, codes: [code], confidence: 1, reason: 'test', techniques, lang };
}

/**
 * Codes a counsellor turn from a `CODE:` prefix (`COMPLEX_REFLECTION: So you…`), optionally with techniques
 * (`QUESTION_OPEN+scalingQuestion: …`), and client lines by a few words of the fixture case.
 */
export const fakeCoder: Coder = {
  codeCounsellor(text, ctx) {
    const m = /^([A-Z_]+)(\+[a-zA-Z+]+)?:/.exec(text);
    const code = (m?.[1] ?? 'OTHER') as CounsellorCode;
    const techniques = (m?.[2]?.slice(1).split('+') ?? []) as Technique[];
    return { ...coding(code, techniques), lang: ctx.lang ?? 'en' };
  },
  codeClient(text, ctx) {
    const lang = ctx.lang ?? 'en';
    if (/want to|could manage|would help|need to|will walk|ready to|walked|miss walking/.test(text)) {
      return { code: 'CHANGE', confidence: 1, reason: 'test', lang };
    }
    if (/don't have time|not lazy|know all that|Stop telling/.test(text)) {
      return { code: 'SUSTAIN', confidence: 1, reason: 'test', lang };
    }
    return { code: 'NEUTRAL', confidence: 1, reason: 'test', lang };
  },
};
