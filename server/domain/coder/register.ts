/**
 * Is the conversation typed (a trainee in the chat) or transcribed speech (an uploaded session recording, with
 * "um", "mm-hmm", false starts and "--" breaks)? The trained models learned from written lines, and expert
 * coders of transcribed speech follow conventions of their own (a rising "So you…?" is often a closed
 * question), which the rules were built against; so in transcribed speech the rules decide alone.
 */
import type { Register, Utterance } from './types.js';

export type { Register } from './types.js';

/** Marks of transcribed speech, the same in the three languages: fillers, stutters, cut-offs, annotations. */
const SPEECH =
  /(?<![\p{L}])(?:u+m+|u+h+|e+r+m+|e+h+m+|ø+h+m*|mm+-?hmm+|mhm+|uh-huh|you know|i mean|kinda|gonna|wanna)(?![\p{L}])|--|\[[^\]]+\]|^-|-$|(?<![\p{L}])(\p{L}+)-\1(?![\p{L}])/iu;
/** How many recent utterances a judgement during a conversation looks at. */
const WINDOW = 20;
/** Share of utterances with speech marks from which a conversation counts as transcribed speech. */
const SPOKEN_SHARE = 0.15;

/** The register of a set of utterances: a whole transcript, or the latest turns of a conversation. */
export function registerOf(texts: readonly string[]): Register {
  if (texts.length === 0) return 'typed';
  const marked = texts.filter((t) => SPEECH.test(t.trim())).length;
  return marked / texts.length >= SPOKEN_SHARE ? 'transcribed' : 'typed';
}

/** During a conversation: judged from the latest turns and the one being coded. */
export function isTranscribedSpeech(history: readonly Utterance[], text: string): boolean {
  return registerOf([...history.slice(-(WINDOW - 1)).map((u) => u.text), text]) === 'transcribed';
}
