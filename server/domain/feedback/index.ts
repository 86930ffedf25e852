/**
 * Feedback: a short tip for one counsellor turn, and for a session the three most useful suggestions, each
 * tied to a turn and with a concrete alternative the trainee could have said there. A tip fits its moment: a turn
 * that confronts or persuades anywhere is never praised, missed change talk is told only when the turn left it
 * unanswered, empty or junk turns get a tip of their own, and the wording varies and quotes the moment.
 */

import { DISCORD_GUARDED } from '../client/movements.js';
import { codesOf } from '../coder/double-coding.js';
import type { CodedUtterance, CounsellorCoding } from '../coder/types.js';
import type { CounsellorCode, Lang } from '../codes.js';
import { ASK_PERMISSION, clientBefore, OPEN_QUESTION, reflectionFrom } from './alternatives.js';
import { answersChangeTalk, heldInconsistent, momentOf } from './moment.js';
import { TEXTS, type TipKind, type TipTexts, VOICE } from './texts/index.js';
import { addressesCounsellor } from './voice.js';
import { lastClientBefore, slotsFor, timesBefore, wordingOf } from './wording.js';

export { reflectionFrom } from './alternatives.js';
export type { TipKind } from './texts/index.js';

export interface Tip {
  kind: TipKind;
  text: string;
}

export interface Suggestion {
  /** Index of the counsellor utterance in the coded transcript. */
  index: number;
  code: CounsellorCode;
  text: string;
  /** What the trainee could have said there. */
  alternative: string;
}

const REFLECTIONS = new Set<CounsellorCode>(['SIMPLE_REFLECTION', 'COMPLEX_REFLECTION']);
/** How much a turn is worth improving; missed change talk ranks between persuading and a closed question. */
const PRIORITY: Partial<Record<CounsellorCode, number>> = {
  CONFRONT: 5,
  PERSUADE: 4,
  GIVING_INFORMATION: 2,
  QUESTION_CLOSED: 2,
};
const MISSED_PRIORITY = 3;
const SUGGESTIONS = 3;
/** Below this the coder is unsure the client's turn was change talk at all: no tip for missing it. */
const SURE_CHANGE_TALK = 0.5;

/** A permission question is fed back as the Seek it also is, not as a closed question to open up. */
const feedbackCode = (coding: CounsellorCoding): CounsellorCode => codesOf(coding).at(-1) ?? coding.code;

/** Change talk just before, not reflected and not taken up in the turn. */
function missedChangeTalk(coded: readonly CodedUtterance[], index: number, lang: Lang): boolean {
  const u = coded[index];
  const prev = coded[index - 1];
  if (u?.speaker !== 'counsellor' || prev?.speaker !== 'client') return false;
  if (prev.coding.code !== 'CHANGE' || prev.coding.confidence < SURE_CHANGE_TALK) return false;
  return !REFLECTIONS.has(u.coding.code) && !answersChangeTalk(coded, index, lang);
}

/** Which tip a turn gets: its texts, the code it speaks to, and whether it is the missed-change-talk tip. */
interface Choice {
  texts: TipTexts;
  code: CounsellorCode;
  missed: boolean;
}

function codeChoice(code: CounsellorCode, lang: Lang): Choice | null {
  return code === 'OTHER' ? null : { texts: TEXTS[lang].codes[code], code, missed: false };
}

function ownChoice(coding: CounsellorCoding, lang: Lang): Choice | null {
  if (coding.code === 'QUESTION_CLOSED' && coding.techniques.includes('scalingQuestion'))
    return { texts: TEXTS[lang].scaling, code: coding.code, missed: false };
  return codeChoice(feedbackCode(coding), lang);
}

/**
 * Persuading or confronting right after change talk is told as what it is: it weighs more than the reflection
 * that was missed (the same order as the session's suggestions). Praise, or silence on an Other turn, gives way
 * to the warning when a sentence of the turn confronts or persuades.
 */
function choose(coded: readonly CodedUtterance[], index: number, lang: Lang): Choice | null {
  const u = coded[index] as Extract<CodedUtterance, { speaker: 'counsellor' }>;
  const own = ownChoice(u.coding, lang);
  const held = own === null || own.texts.kind === 'praise' ? heldInconsistent(coded, index, lang) : null;
  if (held) return codeChoice(held, lang);
  // A turn of no words, keyboard noise or small talk is told so first; a bare "ok" after change talk is the
  // change talk missed.
  const moment = own === null || own.texts.kind === 'praise' ? momentOf(coded, index, lang) : null;
  const momentChoice = moment && {
    texts: TEXTS[lang].moments[moment],
    code: 'OTHER' as const,
    missed: false,
  };
  if (momentChoice && moment !== 'minimal') return momentChoice;
  const ownFirst = (PRIORITY[own?.code ?? 'OTHER'] ?? 0) > MISSED_PRIORITY;
  if (!ownFirst && missedChangeTalk(coded, index, lang))
    return { texts: TEXTS[lang].missedChangeTalk, code: u.coding.code, missed: true };
  return own ?? momentChoice;
}

/** A cheap key of the tip a turn got, to rotate the wording: its code, or missed change talk. */
function tipKey(coded: readonly CodedUtterance[], i: number): string {
  const u = coded[i] as Extract<CodedUtterance, { speaker: 'counsellor' }>;
  const prev = coded[i - 1];
  const missed =
    prev?.speaker === 'client' && prev.coding.code === 'CHANGE' && !REFLECTIONS.has(u.coding.code);
  return missed ? 'missed' : feedbackCode(u.coding);
}

function textOf(coded: readonly CodedUtterance[], index: number, lang: Lang, choice: Choice): string {
  const key = tipKey(coded, index);
  const n = timesBefore(coded, index, (i) => tipKey(coded, i) === key);
  return wordingOf(choice.texts, slotsFor(coded, index, lang), n);
}

/** The tip for counsellor turn `index`, or null for client turns and turns with nothing to say. */
export function tipForTurn(coded: readonly CodedUtterance[], index: number, lang: Lang): Tip | null {
  if (coded[index]?.speaker !== 'counsellor') return null;
  const choice = choose(coded, index, lang);
  return choice ? { kind: choice.texts.kind, text: textOf(coded, index, lang, choice) } : null;
}

/** What the report knows of the client beside the transcript: the simulator's state, per coded utterance. */
export interface SuggestionContext {
  /** The client's discord (0..10) as utterance `i` was said; absent for transcripts without a simulated client. */
  discord?: readonly (number | null | undefined)[];
}

/**
 * At or above this discord the simulated client is guarded (client/movements.ts) and refuses permission higher
 * up: an evoking question or a request for permission only feeds the discord.
 */
const HIGH_DISCORD = DISCORD_GUARDED;

/** The client is in discord as turn `index` is said: by the simulator's state, else by their last words. */
function inDiscord(coded: readonly CodedUtterance[], index: number, lang: Lang, ctx: SuggestionContext) {
  const level = ctx.discord?.[index];
  if (typeof level === 'number') return level >= HIGH_DISCORD;
  const last = lastClientBefore(coded, index);
  return last !== null && VOICE[lang].discord.test(last.text);
}

/**
 * The alternative in the counsellor's voice: a reflection of the client's words, or asking permission before
 * information; at high discord a reflection of where the client is with an autonomy statement, never a question.
 */
function alternativeFor(
  coded: readonly CodedUtterance[],
  index: number,
  code: CounsellorCode,
  lang: Lang,
  ctx: SuggestionContext,
): string {
  if (inDiscord(coded, index, lang, ctx)) {
    const last = lastClientBefore(coded, index);
    // Words aimed at the counsellor ("you sound like all the others") are met by owning the push, not echoed.
    const own = last && !addressesCounsellor(last.text, lang) ? reflectionFrom(last.text, lang) : null;
    const reflect = own ?? VOICE[lang].discordReflect;
    return `${reflect} ${VOICE[lang].autonomy}`;
  }
  if (code === 'GIVING_INFORMATION') return ASK_PERMISSION[lang];
  const client = clientBefore(coded, index);
  return (client && reflectionFrom(client.text, lang)) ?? OPEN_QUESTION[lang];
}

interface Ranked {
  index: number;
  priority: number;
  code: CounsellorCode;
  key: string;
  text: string;
}

/** The three most useful suggestions for a session, most important first, at most one per code. */
export function sessionSuggestions(
  coded: readonly CodedUtterance[],
  lang: Lang,
  ctx: SuggestionContext = {},
): Suggestion[] {
  const ranked: Ranked[] = [];
  coded.forEach((u, index) => {
    if (u.speaker !== 'counsellor') return;
    const choice = choose(coded, index, lang);
    if (choice === null || choice.texts.kind === 'praise') return;
    const priority = choice.missed ? MISSED_PRIORITY : (PRIORITY[choice.code] ?? 0);
    if (priority === 0) return;
    const key = choice.missed ? 'missed' : choice.code;
    ranked.push({ index, priority, code: choice.code, key, text: textOf(coded, index, lang, choice) });
  });
  ranked.sort((a, b) => b.priority - a.priority || a.index - b.index);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const r of ranked) {
    if (seen.has(r.key) || out.length >= SUGGESTIONS) continue;
    seen.add(r.key);
    out.push({
      index: r.index,
      code: r.code,
      text: r.text,
      alternative: alternativeFor(coded, r.index, r.code, lang, ctx),
    });
  }
  return out;
}
