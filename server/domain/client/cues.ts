/**
 * Small per-language word lists the reply policy uses to hear *what kind* of answer a question asks for
 * (which scale, which kind of change talk). Topic matching against the case material lives in topics.ts.
 */
import type { DarnCat, Lang } from '../codes.js';
import type { ScalingKind } from './intent.js';
import { type MatchTarget, matchesAny } from './topics.js';

type Cues = Record<Lang, string[]>;

const CONFIDENCE_CUES: Cues = {
  nb: ['sikker*', 'trygg*', 'tro på', 'klare*', 'greie*', 'selvtillit*'],
  da: ['sikker*', 'tryg*', 'tro på', 'klare*', 'kunne klare', 'selvtillid*'],
  en: ['confident*', 'confidence', 'sure', 'able', 'manage', 'succeed*'],
};
const WHY_NOT_LOWER_CUES: Cues = {
  nb: ['ikke lavere', 'ikke en lavere', 'ikke et lavere', 'ikke null', 'ikke 0', 'ikke på null'],
  da: ['ikke lavere', 'ikke et lavere', 'ikke nul', 'ikke 0', 'ikke på nul'],
  en: ['not lower', 'not a lower', 'not zero', 'not a 0', 'not 0', 'not a zero'],
};

/** Which scale a scaling question asks about. */
export function scalingKind(target: MatchTarget, lang: Lang): ScalingKind {
  if (matchesAny(target, WHY_NOT_LOWER_CUES[lang])) return 'whyNotLower';
  return matchesAny(target, CONFIDENCE_CUES[lang]) ? 'confidence' : 'importance';
}

/** Words in a question that ask for one kind of change talk. */
const DARN_CUES: Record<Exclude<DarnCat, 'takingSteps'>, Cues> = {
  desire: {
    nb: ['ønske*', 'lyst', 'vil du', 'drømme*', 'håpe*', 'håp'],
    da: ['ønske*', 'lyst', 'vil du', 'drømme*', 'håbe*', 'håb'],
    en: ['want*', 'wish*', 'hope*', 'like to', 'dream*'],
  },
  ability: {
    nb: ['klare*', 'greie*', 'mulig', 'hvordan kunne', 'styrke*'],
    da: ['klare*', 'kunne', 'muligt', 'hvordan kunne', 'styrke*'],
    en: ['could', 'able', 'manage', 'possible', 'strength*'],
  },
  reasons: {
    nb: ['hvorfor', 'grunn*', 'fordel*', 'bedre'],
    da: ['hvorfor', 'grund*', 'fordel*', 'bedre'],
    en: ['why', 'reason*', 'benefit*', 'better'],
  },
  need: {
    nb: ['trenge*', 'nødvendig', 'viktig*', 'må'],
    da: ['behøve*', 'nødvendig*', 'vigtig*', 'skal'],
    en: ['need*', 'important', 'matter*', 'must'],
  },
  commitment: {
    nb: ['bestemme*', 'neste steg', 'hva nå', 'gjøre nå', 'plan*'],
    da: ['beslut*', 'næste skridt', 'hvad nu', 'gøre nu', 'plan*'],
    en: ['decide*', 'next step*', 'what now', 'plan*', 'going to'],
  },
  activation: {
    nb: ['klar*', 'villig*', 'prøve*'],
    da: ['klar*', 'villig*', 'prøve*'],
    en: ['ready', 'willing', 'try'],
  },
};

/** Change-talk kinds the question invites, in DARN-CAT order. */
export function cuedDarn(target: MatchTarget, lang: Lang): DarnCat[] {
  return (Object.keys(DARN_CUES) as (keyof typeof DARN_CUES)[]).filter((k) =>
    matchesAny(target, DARN_CUES[k][lang]),
  );
}
