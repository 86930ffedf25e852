import type { Lang } from '../../codes.js';
import { buildDa } from './da.js';
import { buildEn } from './en.js';
import { buildNb } from './nb.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

const BUILDERS: Record<Lang, () => Lexicon> = { nb: buildNb, da: buildDa, en: buildEn };
const built = new Map<Lang, Lexicon>();

/** The lexicon of a language, compiled on first use and kept. */
export function lexicon(lang: Lang): Lexicon {
  let lex = built.get(lang);
  if (!lex) {
    lex = BUILDERS[lang]();
    built.set(lang, lex);
  }
  return lex;
}
