/** Codes a whole conversation in order, each utterance with the conversation before it as context. */
import type { Lang } from '../codes.js';
import type { CodedUtterance, Coder, Utterance } from './types.js';

export interface TranscriptOptions {
  lang?: Lang;
  targetBehaviour?: string;
}

export function codeTranscript(
  coder: Coder,
  utterances: readonly Utterance[],
  opts: TranscriptOptions = {},
): CodedUtterance[] {
  const out: CodedUtterance[] = [];
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i] as Utterance;
    const ctx = { history: utterances.slice(0, i), ...opts };
    out.push(
      u.speaker === 'counsellor'
        ? { speaker: 'counsellor', text: u.text, coding: coder.codeCounsellor(u.text, ctx) }
        : { speaker: 'client', text: u.text, coding: coder.codeClient(u.text, ctx) },
    );
  }
  return out;
}
