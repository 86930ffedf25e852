/**
 * Picks and fills a tip's wording. The choice is deterministic and rotates with how often the same tip came
 * before in the session, so a trainee who asks many open questions hears different sentences; quotes make the
 * sentence name this moment.
 */
import type { CodedUtterance } from '../coder/types.js';
import type { Lang } from '../codes.js';
import { quoteFrom, reflectionFrom } from './alternatives.js';
import type { TipTexts } from './texts/index.js';

export interface Slots {
  said?: string | null;
  you?: string | null;
  reflect?: string | null;
}

const PLACEHOLDER = /\{(said|you|reflect)\}/g;
const OPENING_WORDS = 5;

const quotes = (w: string): (keyof Slots)[] => [...w.matchAll(PLACEHOLDER)].map((m) => m[1] as keyof Slots);

/**
 * The wording number `n`, filled in: among the wordings that quote the moment when their quotes are there (they
 * name this turn, and differ from turn to turn), else among the plain ones.
 */
export function wordingOf(texts: TipTexts, slots: Slots, n: number): string {
  const quoted = texts.wordings.filter(
    (w) => quotes(w).length > 0 && quotes(w).every((q) => Boolean(slots[q])),
  );
  const usable = quoted.length > 0 ? quoted : texts.wordings.filter((w) => quotes(w).length === 0);
  const chosen = usable[n % usable.length] ?? (texts.wordings[0] as string);
  return chosen.replace(PLACEHOLDER, (_m, key: keyof Slots) => slots[key] ?? '');
}

/** The opening words of the counsellor's turn, as typed. */
function opening(text: string): string | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[,;:.!?…]+$/u, '');
}

/** The client's turn nearest before `index`: what this turn answers. */
export function lastClientBefore(coded: readonly CodedUtterance[], index: number): CodedUtterance | null {
  for (let i = index - 1; i >= 0; i--) if (coded[i]?.speaker === 'client') return coded[i] as CodedUtterance;
  return null;
}

/** The quotes of turn `index`: the client's words before it, the counsellor's opening, a reflection to offer. */
export function slotsFor(coded: readonly CodedUtterance[], index: number, lang: Lang): Slots {
  const client = lastClientBefore(coded, index);
  const turn = coded[index] as CodedUtterance;
  return {
    said: client ? quoteFrom(client.text, lang) : null,
    you: opening(turn.text),
    reflect: client ? reflectionFrom(client.text, lang) : null,
  };
}

/** How many earlier counsellor turns got the same tip (`same` judges a turn by its index). */
export function timesBefore(
  coded: readonly CodedUtterance[],
  index: number,
  same: (i: number) => boolean,
): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (coded[i]?.speaker === 'counsellor' && same(i)) n++;
  return n;
}
