import type { Lang } from '../../codes.js';
import { da } from './da.js';
import { en } from './en.js';
import { nb } from './nb.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';
export const LEXICONS: Record<Lang, Lexicon> = { nb, da, en };
