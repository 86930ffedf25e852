/**
 * Concrete alternatives built from the client's own words: a reflection ("I want to be a good mum" → "You want
 * to be a good mum."), plus ready phrasings for an open question and for asking permission.
 */

import { lexicon } from '../coder/lexicon/index.js';
import type { CodedUtterance } from '../coder/types.js';
import type { Lang } from '../codes.js';

/** Clauses shorter than this are too thin to reflect ("yeah, but"). */
const MIN_CLAUSE_WORDS = 3;
const MAX_CLAUSE_WORDS = 18;
const CLAUSE_SPLIT = /[.!?;:]+\s*|,\s+(?:but|men|og|and)\s+|\s+(?:but|men)\s+/iu;

function clauses(text: string): string[] {
  return text
    .split(CLAUSE_SPLIT)
    .map((c) => c.trim().replace(/^(?:yeah|yes|well|um|ja|nei|nej|altså|tja|jo)(?![\p{L}]),?\s*/iu, ''))
    .filter((c) => c.split(/\s+/).length >= MIN_CLAUSE_WORDS);
}

/** Prefers the clause with change talk, then one about the client themself, then the last. */
function bestClause(text: string, lang: Lang): string | null {
  const lex = lexicon(lang);
  const all = clauses(text);
  if (all.length === 0) return null;
  const change = [
    lex.client.desire,
    lex.client.need,
    lex.client.reasons,
    lex.client.ability,
    lex.client.commitment,
  ];
  const firstPerson = (c: string) =>
    c
      .toLowerCase()
      .split(/[^\p{L}']+/u)
      .some((t) => lex.firstPerson.has(t));
  const pick =
    all.find((c) => change.some((re) => re.test(c.toLowerCase()))) ??
    all.find(firstPerson) ??
    all[all.length - 1];
  return pick ?? null;
}

function shift(clause: string, lang: Lang): string {
  let out = clause.toLowerCase();
  for (const [re, to] of lexicon(lang).pronounShift) out = out.replace(re, to);
  return out;
}

/** A simple reflection of the client's words, or null when there is nothing to reflect. */
export function reflectionFrom(clientText: string, lang: Lang): string | null {
  const clause = bestClause(clientText, lang);
  if (!clause) return null;
  const words = shift(clause, lang).split(/\s+/).slice(0, MAX_CLAUSE_WORDS).join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** Words enough to recognise a moment by, few enough to read in a tip. */
const QUOTE_WORDS = 8;

/** A few of the client's own words (the clause with change talk, else about themself, else the last), or null. */
export function quoteFrom(clientText: string, lang: Lang): string | null {
  const clause = bestClause(clientText, lang);
  if (!clause) return null;
  const words = clause.split(/\s+/);
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
