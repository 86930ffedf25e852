/**
 * MITI 4.2.1 codes behaviours, not turns: "You're ready to bring Anders into it. What would matter most to him?"
 * is a reflection and a question. A run of sentences of the same behaviour is one behaviour (two reflecting
 * sentences in a row are one reflection, stacked questions one question); the same behaviour again after another
 * one is counted again. These helpers merge sentence codes into that list and keep it in step with the turn's main
 * code, which may have been decided by the model or the LLM coder on the turn as a whole.
 */
import type { CounsellorCode } from '../codes.js';
import { codesOf } from './double-coding.js';
import type { CounsellorCoding } from './types.js';

/** Codes that are one behaviour kind: a run of them merges into one. */
function kindOf(code: CounsellorCode): string {
  if (code === 'QUESTION_OPEN' || code === 'QUESTION_CLOSED') return 'question';
  if (code === 'SIMPLE_REFLECTION' || code === 'COMPLEX_REFLECTION') return 'reflection';
  return code;
}

export const sameKind = (a: CounsellorCode, b: CounsellorCode): boolean => kindOf(a) === kindOf(b);

/**
 * Two reflecting sentences in a row say more than the client did (combine.ts codes them complex); a run of
 * questions is open when any of them is, as the client may answer the open one.
 */
function mergeRun(run: readonly CounsellorCode[]): CounsellorCode {
  const first = run[0] as CounsellorCode;
  if (kindOf(first) === 'reflection') return run.length > 1 ? 'COMPLEX_REFLECTION' : first;
  if (kindOf(first) === 'question') return run.includes('QUESTION_OPEN') ? 'QUESTION_OPEN' : first;
  return first;
}

/** Consecutive codes of the same kind as one behaviour each. */
export function mergeRuns(codes: readonly CounsellorCode[]): CounsellorCode[] {
  const out: CounsellorCode[] = [];
  let run: CounsellorCode[] = [];
  for (const c of codes) {
    if (run.length > 0 && !sameKind(run[0] as CounsellorCode, c)) {
      out.push(mergeRun(run));
      run = [];
    }
    run.push(c);
  }
  if (run.length > 0) out.push(mergeRun(run));
  return out;
}

/**
 * The behaviours with the turn's main code among them. When a model overruled the rules' main code (`replaced`),
 * its code stands in for that behaviour: it judged what the rules took for the turn's main move (a question the
 * model reads as a reflection is a reflection, not both). The main code's kind takes the main code (the turn-level
 * judgement of simple/complex or open/closed wins); with neither kind in the list the main code stands alone.
 */
export function withMain(
  codes: readonly CounsellorCode[],
  main: CounsellorCode,
  replaced: CounsellorCode = main,
): CounsellorCode[] {
  if (main === 'OTHER' || codes.length === 0) return [main];
  const key = codes.some((c) => sameKind(c, replaced)) ? replaced : main;
  if (!codes.some((c) => sameKind(c, key))) return [main];
  return mergeRuns(codes.map((c) => (sameKind(c, key) ? main : c))).map((c) =>
    sameKind(c, main) ? main : c,
  );
}

/** A permission question is also Seek (double-coding.ts): listed right after its question. */
export function withSeek(
  codes: readonly CounsellorCode[],
  coding: Pick<CounsellorCoding, 'code' | 'techniques'>,
): CounsellorCode[] {
  if (!codesOf(coding).includes('SEEKING_COLLABORATION') || codes.includes('SEEKING_COLLABORATION'))
    return [...codes];
  const at = codes.findIndex((c) => sameKind(c, coding.code));
  return at < 0 ? [...codes, 'SEEKING_COLLABORATION'] : codes.toSpliced(at + 1, 0, 'SEEKING_COLLABORATION');
}
