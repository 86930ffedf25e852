/**
 * Matches the counsellor's words against the case's topic and petal keywords, so the client answers what was
 * raised. Keywords are lower case; a trailing `*` matches any ending (`penge*` matches "pengene"); a keyword
 * with spaces matches as a phrase.
 */

import type { Case } from '../cases/schema.js';
import { type Lang, PETALS, type Petal } from '../codes.js';

const WILDCARD = '*';

/** Lower case, letters (any script) and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MatchTarget {
  norm: string;
  tokens: string[];
}

export function matchTarget(text: string): MatchTarget {
  const norm = normalise(text);
  return { norm, tokens: norm.split(' ').filter(Boolean) };
}

export function matchesKeyword(target: MatchTarget, keyword: string): boolean {
  const wild = keyword.endsWith(WILDCARD);
  const kw = normalise(wild ? keyword.slice(0, -1) : keyword);
  if (kw.length === 0) return false;
  if (kw.includes(' ')) {
    const padded = ` ${target.norm} `;
    return wild ? padded.includes(` ${kw}`) : padded.includes(` ${kw} `);
  }
  return wild ? target.tokens.some((t) => t.startsWith(kw)) : target.tokens.includes(kw);
}

export function matchesAny(target: MatchTarget, keywords: readonly string[]): boolean {
  return keywords.some((k) => matchesKeyword(target, k));
}

/** Topic ids (keys of `topics`) the text raises. */
export function raisedTopics(c: Case, lang: Lang, text: string): string[] {
  const target = matchTarget(text);
  return Object.entries(c.topics)
    .filter(([, t]) => matchesAny(target, t[lang]))
    .map(([id]) => id);
}

/** Petals whose keywords the text raises, in the fixed petal order. */
export function raisedPetals(c: Case, lang: Lang, text: string): Petal[] {
  const target = matchTarget(text);
  return PETALS.filter((p) => matchesAny(target, c.petals[p].keywords[lang]));
}
