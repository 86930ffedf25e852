/** The frame cues of every language, checked against their schema when the module loads. */
import type { Lang } from '../../codes.js';
import { DA } from './da.js';
import { EN } from './en.js';
import { NB } from './nb.js';
import { type FrameCues, FrameCuesSchema } from './types.js';

export { ASK_KINDS, type AskKind, type FrameCues, WORD_KINDS, type WordKind } from './types.js';

function checked(lang: Lang, cues: FrameCues): FrameCues {
  const r = FrameCuesSchema.safeParse(cues);
  if (!r.success)
    throw new Error(`frame cues ${lang}: ${r.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return r.data;
}

export const FRAME_CUES: Record<Lang, FrameCues> = {
  nb: checked('nb', NB),
  da: checked('da', DA),
  en: checked('en', EN),
};
