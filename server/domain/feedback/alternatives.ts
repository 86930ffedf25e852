/**
 * Concrete alternatives built from the client's own words: a reflection ("I want to be a good mum" → "You want
 * to be a good mum."), plus ready phrasings for an open question and for asking permission.
 */

import type { CodedUtterance } from '../coder/types.js';
import type { Lang } from '../codes.js';
import { bestClause, clauses } from './voice.js';

export { reflectionFrom } from './voice.js';

/** Words enough to recognise a moment by, few enough to read in a tip. */
const QUOTE_WORDS = 8;

/** A few of the client's own words (the clause with change talk, else about themself, else the last), or null. */
export function quoteFrom(clientText: string, lang: Lang): string | null {
  const clause = bestClause(clauses(clientText), lang);
  if (!clause) return null;
  const words = clause.text.split(/\s+/);
  const quote = words
    .slice(0, QUOTE_WORDS)
    .join(' ')
    .replace(/[,;:.!?…]+$/u, '');
  return words.length > QUOTE_WORDS ? `${quote}…` : quote;
}

export const OPEN_QUESTION: Record<Lang, string> = {
  en: 'What would be good about making this change?',
  nb: 'Hva ville vært det gode med å gjøre denne endringen?',
  da: 'Hvad ville være det gode ved at lave den forandring?',
};

export const ASK_PERMISSION: Record<Lang, string> = {
  en: 'Would it be okay if I shared something other people have found helpful?',
  nb: 'Er det greit at jeg deler noe andre har hatt nytte av?',
  da: 'Er det okay, at jeg fortæller om noget, andre har haft gavn af?',
};

/** How far back a suggestion looks for change talk worth reflecting. */
const LOOK_BACK = 4;

/** The client's most recent change talk shortly before turn `index`, else their last words. */
export function clientBefore(coded: readonly CodedUtterance[], index: number): CodedUtterance | null {
  let last: CodedUtterance | null = null;
  for (let i = index - 1; i >= 0 && i >= index - LOOK_BACK; i--) {
    const u = coded[i] as CodedUtterance;
    if (u.speaker !== 'client') continue;
    if (u.coding.code === 'CHANGE') return u;
    last ??= u;
  }
  return last;
}
