/**
 * Feedback: a short tip for one counsellor turn, and for a session the three most useful suggestions, each
 * tied to a turn and with a concrete alternative the trainee could have said there.
 */

import { codesOf } from '../coder/double-coding.js';
import type { CodedUtterance, CounsellorCoding } from '../coder/types.js';
import type { CounsellorCode, Lang } from '../codes.js';
import { ASK_PERMISSION, clientBefore, OPEN_QUESTION, reflectionFrom } from './alternatives.js';
import { MISSED_CHANGE_TALK, SCALING_TIP, TIPS, type TipKind } from './texts.js';

export { reflectionFrom } from './alternatives.js';

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

function missedChangeTalk(coded: readonly CodedUtterance[], index: number): boolean {
  const u = coded[index];
  const prev = coded[index - 1];
  return (
    u?.speaker === 'counsellor' &&
    prev?.speaker === 'client' &&
    prev.coding.code === 'CHANGE' &&
    !REFLECTIONS.has(u.coding.code)
  );
}

/** A permission question is fed back as the Seek it also is, not as a closed question to open up. */
const feedbackCode = (coding: CounsellorCoding): CounsellorCode => codesOf(coding).at(-1) ?? coding.code;

function ownTip(coding: CounsellorCoding, lang: Lang): Tip | null {
  if (coding.code === 'QUESTION_CLOSED' && coding.techniques.includes('scalingQuestion'))
    return { kind: 'praise', text: SCALING_TIP[lang] };
  return TIPS[lang][feedbackCode(coding)];
}

/**
 * The tip for counsellor turn `index`, or null for client turns and turns with nothing to say. Persuading or
 * confronting right after change talk is told as what it is: it weighs more than the reflection that was missed
 * (the same order as the session's suggestions).
 */
export function tipForTurn(coded: readonly CodedUtterance[], index: number, lang: Lang): Tip | null {
  const u = coded[index];
  if (u?.speaker !== 'counsellor') return null;
  const ownFirst = (PRIORITY[feedbackCode(u.coding)] ?? 0) > MISSED_PRIORITY;
  if (!ownFirst && missedChangeTalk(coded, index))
    return { kind: 'suggestion', text: MISSED_CHANGE_TALK[lang] };
  return ownTip(u.coding, lang);
}

function alternativeFor(
  coded: readonly CodedUtterance[],
  index: number,
  code: CounsellorCode,
  lang: Lang,
): string {
  if (code === 'GIVING_INFORMATION') return ASK_PERMISSION[lang];
  const client = clientBefore(coded, index);
  return (client && reflectionFrom(client.text, lang)) ?? OPEN_QUESTION[lang];
}

/** The three most useful suggestions for a session, most important first, at most one per code. */
export function sessionSuggestions(coded: readonly CodedUtterance[], lang: Lang): Suggestion[] {
  const ranked: { index: number; priority: number; code: CounsellorCode; text: string }[] = [];
  coded.forEach((u, index) => {
    if (u.speaker !== 'counsellor') return;
    const tipped = ownTip(u.coding, lang);
    const own = tipped?.kind === 'praise' ? 0 : (PRIORITY[u.coding.code] ?? 0);
    const missed = missedChangeTalk(coded, index) && MISSED_PRIORITY > own;
    const priority = missed ? MISSED_PRIORITY : own;
    const tip = missed ? MISSED_CHANGE_TALK[lang] : tipped?.text;
    if (priority > 0 && tip) ranked.push({ index, priority, code: u.coding.code, text: tip });
  });
  ranked.sort((a, b) => b.priority - a.priority || a.index - b.index);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const r of ranked) {
    if (seen.has(r.text) || out.length >= SUGGESTIONS) continue;
    seen.add(r.text);
    out.push({
      index: r.index,
      code: r.code,
      text: r.text,
      alternative: alternativeFor(coded, r.index, r.code, lang),
    });
  }
  return out;
}
