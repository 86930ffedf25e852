/**
 * MITI codes a request for permission said as a question ("May I tell you what others have tried?") both as
 * the question it is and as Seeking Collaboration. The coder gives the question as the code (so R:Q and % open
 * count it, as expert coders do) and marks the permission as a technique; this is where the second code is read.
 */
import type { CounsellorCode } from '../codes.js';
import type { CounsellorCoding } from './types.js';

/** Every code the utterance carries: its code, plus Seek for a permission question. */
export function codesOf(coding: Pick<CounsellorCoding, 'code' | 'techniques'>): CounsellorCode[] {
  const question = coding.code === 'QUESTION_OPEN' || coding.code === 'QUESTION_CLOSED';
  return question && coding.techniques.includes('askingPermission')
    ? [coding.code, 'SEEKING_COLLABORATION']
    : [coding.code];
}

/** The code to compare with gold labels: whichever of the utterance's codes they name, else its code. */
export function codeMatching(
  coding: Pick<CounsellorCoding, 'code' | 'techniques'>,
  gold: readonly string[],
): CounsellorCode {
  return codesOf(coding).find((c) => gold.includes(c)) ?? coding.code;
}

/**
 * A scaling or permission question is closed in form only: it evokes (or asks leave) like the technique it is,
 * and the client answers it as such rather than with a bare yes or no.
 */
export function closedInFormOnly(coding: Pick<CounsellorCoding, 'code' | 'techniques'>): boolean {
  return (
    coding.code === 'QUESTION_CLOSED' &&
    coding.techniques.some((t) => t === 'scalingQuestion' || t === 'askingPermission')
  );
}
