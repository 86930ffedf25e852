/** The tip wordings and the alternatives' voice of every language. */
import type { Lang } from '../../codes.js';
import { da } from './da.js';
import { en } from './en.js';
import { nb } from './nb.js';
import type { FeedbackTexts } from './types.js';
import { voiceDa } from './voice-da.js';
import { voiceEn } from './voice-en.js';
import { voiceNb } from './voice-nb.js';
import type { VoiceTexts } from './voice-types.js';

export type { FeedbackTexts, Moment, TipKind, TipTexts } from './types.js';
export type { VoiceTexts } from './voice-types.js';

export const TEXTS: Record<Lang, FeedbackTexts> = { nb, da, en };

export const VOICE: Record<Lang, VoiceTexts> = { nb: voiceNb, da: voiceDa, en: voiceEn };
