/**
 * Every behaviour of a counsellor turn from the codes of its sentences (behaviours.ts), in step with the turn's
 * main code. Sentences that only fill (backchannel, courtesy, Other) are not behaviours when anything else was said.
 */
import type { CounsellorCode } from '../../codes.js';
import { mergeRuns, sameKind, withMain, withSeek } from '../behaviours.js';
import type { Technique } from '../types.js';
import type { Candidate } from './candidate.js';

const INPUT = new Set<CounsellorCode>(['GIVING_INFORMATION', 'PERSUADE']);

/**
 * In transcribed speech a sentence of another kind than the main code counts as a behaviour of its own only when a
 * rule with more than the fallback's confidence found it: there a cue-less statement before a question is as often
 * a false start or preamble ("When you've had a few and you kind of go. How would…") as a reflection. Input counts
 * at any confidence. Decided by 5-fold CV on expert-coded transcripts of speech (scripts/cv-eval.ts, folds' mean,
 * has-question / -reflection / -input F1): every sentence 0.884 / 0.699 / 0.494, no fallback sentence 0.884 /
 * 0.707 / 0.463, this rule 0.884 / 0.707 / 0.494 (input up in every fold, globals AUC 0.894 against 0.880).
 * Typed chat has no false starts: every sentence counts.
 */
const MIN_SECONDARY_IN_SPEECH = 0.5;
const counts = (c: Candidate, rulesBest: Candidate, speech: boolean): boolean =>
  !speech || sameKind(c.code, rulesBest.code) || INPUT.has(c.code) || c.confidence > MIN_SECONDARY_IN_SPEECH;

/**
 * Input given with an offer of choice is one behaviour, Persuade with permission (combine.ts): the autonomy
 * sentence that gave the permission is part of it, not a second behaviour.
 */
function withPermission(codes: readonly CounsellorCode[], rulesBest: Candidate): CounsellorCode[] {
  if (rulesBest.code !== 'PERSUADE_WITH_PERMISSION') return [...codes];
  return codes
    .filter((c) => c !== 'EMPHASIZING_AUTONOMY')
    .map((c) => (INPUT.has(c) ? 'PERSUADE_WITH_PERMISSION' : c));
}

export function turnCodes(
  cands: readonly Candidate[],
  rulesBest: Candidate,
  main: CounsellorCode,
  techniques: readonly Technique[],
  speech: boolean,
): CounsellorCode[] {
  const said = cands.filter(
    (c) =>
      c.reason !== 'backchannel' &&
      c.reason !== 'empty' &&
      c.code !== 'OTHER' &&
      counts(c, rulesBest, speech),
  );
  const codes = withPermission(
    said.map((c) => c.code),
    rulesBest,
  );
  return withSeek(withMain(mergeRuns(codes), main, rulesBest.code), {
    code: main,
    techniques: [...techniques],
  });
}
