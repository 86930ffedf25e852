/** Codes a whole conversation in order, each utterance with the conversation before it as context. */
import type { Lang } from '../codes.js';
import { type Register, registerOf } from './register.js';
import type { CodedUtterance, Coder, Utterance } from './types.js';

export interface TranscriptOptions {
  lang?: Lang;
  targetBehaviour?: string;
  register?: Register;
}

export function codeTranscript(
  coder: Coder,
  utterances: readonly Utterance[],
  opts: TranscriptOptions = {},
): CodedUtterance[] {
  const out: CodedUtterance[] = [];
  // A whole transcript is at hand: its register is judged once, from all of it, not from the first lines.
  const register = opts.register ?? registerOf(utterances.map((u) => u.text));
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i] as Utterance;
    const ctx = { history: utterances.slice(0, i), ...opts, register };
    out.push(
      u.speaker === 'counsellor'
        ? { speaker: 'counsellor', text: u.text, coding: coder.codeCounsellor(u.text, ctx) }
        : { speaker: 'client', text: u.text, coding: coder.codeClient(u.text, ctx) },
    );
  }
  return out;
}
