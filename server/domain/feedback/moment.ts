/**
 * What a counsellor turn did at its moment, beyond its one code: whether a sentence of it confronts or persuades
 * although another code won, whether it answers the client's change talk, and whether it said nothing of use
 * (empty, keyboard noise, only "ok", off the topic).
 */
import { contentStems } from '../coder/counsellor/features.js';
import { decideByRules } from '../coder/counsellor/index.js';
import { lexicon } from '../coder/lexicon/index.js';
import type { Lexicon } from '../coder/lexicon/types.js';
import { normalise, tokens } from '../coder/text.js';
import type { CodedUtterance, Utterance } from '../coder/types.js';
import type { CounsellorCode, Lang } from '../codes.js';
import type { Moment } from './texts/index.js';

export function historyBefore(coded: readonly CodedUtterance[], index: number): Utterance[] {
  return coded.slice(0, index).map((u) => ({ speaker: u.speaker, text: u.text }));
}

const INCONSISTENT: ReadonlySet<CounsellorCode> = new Set(['CONFRONT', 'PERSUADE']);
const REFLECTIONS: ReadonlySet<CounsellorCode> = new Set(['SIMPLE_REFLECTION', 'COMPLEX_REFLECTION']);

/** Confront or Persuade in any sentence of the turn, even where the model or another sentence set the code. */
export function heldInconsistent(
  coded: readonly CodedUtterance[],
  index: number,
  lang: Lang,
): CounsellorCode | null {
  const u = coded[index] as CodedUtterance;
  const d = decideByRules(u.text, historyBefore(coded, index), lexicon(lang));
  return d.cands.find((c) => INCONSISTENT.has(c.code))?.code ?? null;
}

/** Content words the turn shares with the client's change talk before it counts as giving it back. */
const SHARED_WORDS = 2;
const SHARED_SHARE = 0.5;

/**
 * The turn answers the client's change talk when one of its sentences reflects it ("You want to stop before the
 * baby comes. What would help?") or it takes up the client's own words of it.
 */
export function answersChangeTalk(coded: readonly CodedUtterance[], index: number, lang: Lang): boolean {
  const u = coded[index] as CodedUtterance;
  const client = coded[index - 1] as CodedUtterance;
  const lex = lexicon(lang);
  const d = decideByRules(u.text, historyBefore(coded, index), lex);
  if (d.cands.some((c) => REFLECTIONS.has(c.code))) return true;
  const said = new Set(contentStems(tokens(normalise(client.text)), lex));
  const shared = new Set(contentStems(tokens(d.norm), lex).filter((s) => said.has(s))).size;
  return said.size > 0 && (shared >= SHARED_WORDS || shared / said.size >= SHARED_SHARE);
}

const KEYBOARD_ROWS = ['qwertyuiopå', 'asdfghjklæøö', 'zxcvbnm'];
const KEYBOARD_RUN = 4;

/** A token typed by a hand on the keyboard, not a word: a run of a keyboard row, no vowel, or one key held. */
function mashed(token: string): boolean {
  if (token.length >= KEYBOARD_RUN && KEYBOARD_ROWS.some((row) => row.includes(token))) return true;
  if (token.length >= KEYBOARD_RUN && !/[aeiouyæøåöéáà\d]/u.test(token)) return true;
  return /(\p{L})\1{3,}/u.test(token) && !/^[hm]+$/u.test(token);
}

/** Not a moment to tip on: a greeting, courtesy, or talk about the session ("I'm the midwife here"). */
const social = (norm: string, lex: Lexicon): boolean =>
  lex.greeting.test(norm) || lex.courtesy.test(norm) || lex.selfOrStructure.test(norm);

/** Below this share of its words from the client's, a turn without "you" does not touch the conversation. */
const TOUCHES = 0.25;

/** Nothing in the turn touches the conversation: no "you", hardly a word the client has used. */
function offTopic(coded: readonly CodedUtterance[], index: number, norm: string, lex: Lexicon): boolean {
  const toks = tokens(norm);
  if (toks.some((t) => lex.secondPerson.has(t))) return false;
  const own = contentStems(toks, lex);
  const said = new Set(
    coded
      .slice(0, index)
      .flatMap((u) => (u.speaker === 'client' ? contentStems(tokens(normalise(u.text)), lex) : [])),
  );
  return own.length >= 2 && own.filter((s) => said.has(s)).length / own.length < TOUCHES;
}

/**
 * Chat that marks a turn as small talk ("lol", "btw", the football): with nothing of the conversation in it, such
 * a turn is off the topic whatever the rules made of it (a cue-less statement after a long client turn reads as a
 * reflection to them).
 */
const CHATTER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:lol|haha\w*|btw|by the way|football|the match|the game last night|the weather|netflix|tv show)(?![\p{L}])/iu,
  nb: /(?<![\p{L}])(?:lol|haha\w*|btw|forresten|fotball\w*|kampen|været|netflix|tv-serie\w*)(?![\p{L}])/iu,
  da: /(?<![\p{L}])(?:lol|haha\w*|btw|forresten|i øvrigt|fodbold\w*|kampen|vejret|netflix|tv-serie\w*)(?![\p{L}])/iu,
};

/**
 * The moment of a turn: for a turn coded Other, empty, junk, minimal or off the topic (null when it is ordinary
 * Other: a greeting, a thank-you); for any other code only small talk off the topic.
 */
export function momentOf(coded: readonly CodedUtterance[], index: number, lang: Lang): Moment | null {
  const u = coded[index] as Extract<CodedUtterance, { speaker: 'counsellor' }>;
  const lex = lexicon(lang);
  const norm = normalise(u.text);
  const toks = tokens(norm);
  if (u.coding.code !== 'OTHER')
    return CHATTER[lang].test(norm) && offTopic(coded, index, norm, lex) ? 'offTopic' : null;
  if (toks.length === 0) return 'empty';
  if (toks.filter(mashed).length * 2 > toks.length) return 'junk';
  if (social(norm, lex)) return null;
  if (lex.backchannel.test(norm)) return 'minimal';
  return offTopic(coded, index, norm, lex) ? 'offTopic' : null;
}
