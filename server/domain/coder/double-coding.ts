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

/** How many utterances seek collaboration, counting permission questions. */
export function seekCount(codings: readonly Pick<CounsellorCoding, 'code' | 'techniques'>[]): number {
  return codings.filter((c) => codesOf(c).includes('SEEKING_COLLABORATION')).length;
}
