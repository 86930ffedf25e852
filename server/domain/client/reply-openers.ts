/**
 * How a client takes a reflection, per language: a confirmation before going on ("Yes, exactly."), or a
 * correction when it overshoots ("Not really, I wouldn't go that far."). Data only; short, so that what follows
 * carries the substance, and several of each so that the client does not sound scripted.
 */
import type { Lang } from '../codes.js';

export interface ReplyOpeners {
  confirm: string[];
  correct: string[];
}

export const REPLY_OPENERS: Record<Lang, ReplyOpeners> = {
  nb: {
    confirm: [
      'Ja, akkurat.',
      'Ja, det stemmer.',
      'Mm, ja.',
      'Ja, det er vel det.',
      'Ja, helt ærlig.',
      'Ja, nettopp.',
    ],
    correct: [
      'Nja, ikke helt.',
      'Nei, så langt vil jeg ikke gå.',
      'Tja, så bastant er det ikke.',
      'Nei, det er mer sammensatt enn som så.',
      'Ikke egentlig, nei.',
    ],
  },
  da: {
    confirm: [
      'Ja, præcis.',
      'Ja, det passer.',
      'Mm, ja.',
      'Ja, det er vel det.',
      'Ja, helt ærligt.',
      'Ja, netop.',
    ],
    correct: [
      'Næ, ikke helt.',
      'Nej, så langt vil jeg ikke gå.',
      'Tja, så skarpt er det ikke.',
      'Nej, det er mere indviklet end det.',
      'Ikke rigtig, nej.',
    ],
  },
  en: {
    confirm: [
      'Yes, exactly.',
      'Yeah, that\u2019s right.',
      'Mm, yes.',
      'Yes, I suppose so.',
      'Yeah, honestly.',
      'Yes, that\u2019s it.',
    ],
    correct: [
      'Not really, no.',
      'No, I wouldn\u2019t go that far.',
      'Well, it\u2019s not that clear-cut.',
      'No, it\u2019s more mixed than that.',
      'Not quite, no.',
    ],
  },
};
