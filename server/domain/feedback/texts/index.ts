/** The tip wordings of every language. */
import type { Lang } from '../../codes.js';
import { da } from './da.js';
import { en } from './en.js';
import { nb } from './nb.js';
import type { FeedbackTexts } from './types.js';

export type { FeedbackTexts, Moment, TipKind, TipTexts } from './types.js';

export const TEXTS: Record<Lang, FeedbackTexts> = { nb, da, en };
