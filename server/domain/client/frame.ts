/**
 * Reads the counsellor's turn as a question to answer: besides its MI code, what kind of answer it asks for
 * (a time, an amount, a person, yes or no, a reflection to confirm or correct…). Trainees type as people chat:
 * no question mark, chat spellings, several sentences; the last question usually decides. Pure; the cue words
 * live in frame-cues/.
 */
import type { CounsellorCode, Lang } from '../codes.js';
import { type AskKind, FRAME_CUES, type FrameCues, WORD_KINDS, type WordKind } from './frame-cues/index.js';
import { type MatchTarget, matchesAny, normalise } from './topics.js';

export type { AskKind } from './frame-cues/index.js';

export interface Frame {
  kind: AskKind;
  /** The sentence that decided, normalised with chat spellings resolved: facts are matched against it. */
  target: MatchTarget;
  /** A reflection (or summary) that goes further than an ambivalent client would ("never", "completely"). */
  overstated: boolean;
  /** The turn raises a plan or a concrete step. */
  plan: boolean;
}

const REFLECTIONS: ReadonlySet<CounsellorCode> = new Set(['SIMPLE_REFLECTION', 'COMPLEX_REFLECTION']);

/** Sentences, keeping whether each ended with a question mark. */
function sentences(text: string): { text: string; asked: boolean }[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s))
    .map((s) => ({ text: s, asked: /\?\s*$/.test(s) }));
}

function target(text: string, cues: FrameCues): MatchTarget {
  const tokens = normalise(text)
    .split(' ')
    .filter(Boolean)
    .flatMap((t) => (cues.spellings[t] ?? t).split(' '));
  return { norm: tokens.join(' '), tokens };
}

/** Token index where a keyword (keyword syntax) first matches, or -1. */
function indexOf(t: MatchTarget, keyword: string): number {
  const wild = keyword.endsWith('*');
  const kw = normalise(wild ? keyword.slice(0, -1) : keyword).split(' ');
  for (let i = 0; i + kw.length <= t.tokens.length; i++) {
    const ok = kw.every((w, j) => {
      const tok = t.tokens[i + j] ?? '';
      return wild && j === kw.length - 1 ? tok.startsWith(w) : tok === w;
    });
    if (ok) return i;
  }
  return -1;
}

interface WordHit {
  kind: WordKind;
  at: number;
  length: number;
  word: string;
}

/** Question words in the sentence, earliest first, the longer phrase first at the same place. */
function wordHits(t: MatchTarget, cues: FrameCues): WordHit[] {
  const hits: WordHit[] = [];
  for (const kind of WORD_KINDS) {
    for (const word of cues.words[kind]) {
      const at = indexOf(t, word);
      if (at >= 0) hits.push({ kind, at, length: word.split(' ').length, word });
    }
  }
  return hits.sort((a, b) => a.at - b.at || b.length - a.length);
}

/** The question word that decides: a conjunction ("når du…, hva…") gives way to a later question word. */
function questionWord(t: MatchTarget, cues: FrameCues): WordKind | undefined {
  const hits = wordHits(t, cues);
  const first = hits[0];
  if (!first) return undefined;
  if (cues.conjunctions.includes(first.word)) {
    const later = hits.find((h) => h.at > first.at + first.length - 1 && h.kind !== first.kind);
    if (later) return later.kind;
  }
  return first.kind;
}

function verbFirst(t: MatchTarget, cues: FrameCues): boolean {
  const [first, second, third] = t.tokens;
  if (!first || cues.notVerbs.includes(first) || !cues.verbFirst.includes(first)) return false;
  // "don t you" → the subject comes after the split-off "t".
  const subject = second === 't' ? third : second;
  return subject !== undefined && cues.pronouns.includes(subject);
}

function endsWithTag(t: MatchTarget, cues: FrameCues): boolean {
  return cues.tags.some((tag) => ` ${t.norm}`.endsWith(` ${normalise(tag)}`));
}

/** Whether a sentence asks something, with or without a question mark. */
function isQuestion(s: { asked: boolean }, t: MatchTarget, cues: FrameCues): boolean {
  return s.asked || verbFirst(t, cues) || questionWord(t, cues) !== undefined;
}

/** The sentence that decides: the last question, or the last sentence when nothing is asked. */
function decidingSentence(text: string, cues: FrameCues): { t: MatchTarget; question: boolean } {
  const all = sentences(text).map((s) => ({ s, t: target(s.text, cues) }));
  const questions = all.filter(({ s, t }) => isQuestion(s, t, cues));
  const chosen = questions[questions.length - 1] ?? all[all.length - 1];
  if (!chosen) return { t: target(text, cues), question: false };
  return { t: chosen.t, question: questions.length > 0 || endsWithTag(chosen.t, cues) };
}

const GENERIC: ReadonlySet<AskKind> = new Set(['whatHow', 'why']);
/** Question words that still decide inside a yes/no question: "Do you know when he's back?" wants the time. */
const FACTUAL: ReadonlySet<AskKind> = new Set(['when', 'howMany', 'howOften', 'who', 'where']);

function questionKind(t: MatchTarget, cues: FrameCues): AskKind {
  if (matchesAny(t, cues.scaling)) return 'scaling';
  if (matchesAny(t, cues.permission)) return 'permission';
  const word = questionWord(t, cues);
  // "Did you hear what I said?", "Do you know why you are here?": yes/no questions, whatever follows.
  const kind: AskKind = word && (FACTUAL.has(word) || !verbFirst(t, cues)) ? word : 'yesNo';
  if (!GENERIC.has(kind)) return kind;
  if (matchesAny(t, cues.hypothetical)) return 'hypothetical';
  if (matchesAny(t, cues.lookingForward)) return 'lookingForward';
  if (matchesAny(t, cues.lookingBack)) return 'lookingBack';
  return kind;
}

/** The frame of a counsellor turn; the coder's code (when known) tells a reflection from other statements. */
export function readFrame(
  text: string,
  lang: Lang,
  coding?: { code: CounsellorCode; techniques?: readonly string[] },
): Frame {
  const cues = FRAME_CUES[lang];
  const whole = target(text, cues);
  const { t, question } = decidingSentence(text, cues);
  const plan = matchesAny(whole, cues.plan);
  if (question) return { kind: questionKind(t, cues), target: t, overstated: false, plan };
  const summary = coding?.techniques?.includes('summary') ?? false;
  const reflection = coding ? REFLECTIONS.has(coding.code) : false;
  const kind: AskKind = summary ? 'summary' : reflection ? 'reflection' : 'statement';
  return { kind, target: whole, overstated: matchesAny(whole, cues.overstatement), plan };
}

/** Words that show a reflection mirrors the holding-back side. */
export function mirrorsSustain(frame: Frame, lang: Lang): boolean {
  return matchesAny(frame.target, FRAME_CUES[lang].sustainSide);
}
