import type { Lang } from '../../codes.js';
import { da } from './da.js';
import { en } from './en.js';
import { nb } from './nb.js';
import type { ReasonTexts } from './types.js';

export type { ClientReasonKey, ReasonTexts } from './types.js';
export const REASONS: Record<Lang, ReasonTexts> = { nb, da, en };
