/** Feedback texts per counsellor code and per language: short, concrete, in the trainee's language. */
import type { CounsellorCode, Lang } from '../codes.js';

export type TipKind = 'praise' | 'suggestion' | 'warning';

type Tips = Record<CounsellorCode, { kind: TipKind; text: string } | null>;

export const TIPS: Record<Lang, Tips> = {
  en: {
    QUESTION_OPEN: { kind: 'praise', text: 'Good open question. Follow the answer with a reflection.' },
    QUESTION_CLOSED: {
      kind: 'suggestion',
      text: 'A closed question gets a short answer. Try "what" or "how", or reflect instead.',
    },
    SIMPLE_REFLECTION: {
      kind: 'praise',
      text: 'Good reflection. Try adding the feeling or meaning to make it complex.',
    },
    COMPLEX_REFLECTION: { kind: 'praise', text: 'Strong complex reflection: it goes beyond the words.' },
    AFFIRM: { kind: 'praise', text: 'Good affirmation of a strength or effort.' },
    SEEKING_COLLABORATION: { kind: 'praise', text: 'Good: you are working with the client.' },
    EMPHASIZING_AUTONOMY: { kind: 'praise', text: 'Good: the choice stays with the client.' },
    GIVING_INFORMATION: {
      kind: 'suggestion',
      text: 'Ask what the client already knows first, and what they make of it afterwards.',
    },
    PERSUADE: {
      kind: 'warning',
      text: 'Advice without permission invites pushback. Ask permission and leave the choice to the client.',
    },
    PERSUADE_WITH_PERMISSION: {
      kind: 'suggestion',
      text: 'Advice with permission: now ask what the client thinks of it.',
    },
    CONFRONT: { kind: 'warning', text: 'Arguing raises discord. Reflect what the client said instead.' },
    OTHER: null,
  },
  nb: {
    QUESTION_OPEN: { kind: 'praise', text: 'Godt åpent spørsmål. Følg svaret opp med en refleksjon.' },
    QUESTION_CLOSED: {
      kind: 'suggestion',
      text: 'Et lukket spørsmål gir et kort svar. Prøv «hva» eller «hvordan», eller reflekter i stedet.',
    },
    SIMPLE_REFLECTION: {
      kind: 'praise',
      text: 'God refleksjon. Legg til følelsen eller meningen for å gjøre den kompleks.',
    },
    COMPLEX_REFLECTION: { kind: 'praise', text: 'Sterk kompleks refleksjon: den går utover ordene.' },
    AFFIRM: { kind: 'praise', text: 'God bekreftelse av en styrke eller innsats.' },
    SEEKING_COLLABORATION: { kind: 'praise', text: 'Bra: du samarbeider med klienten.' },
    EMPHASIZING_AUTONOMY: { kind: 'praise', text: 'Bra: valget blir hos klienten.' },
    GIVING_INFORMATION: {
      kind: 'suggestion',
      text: 'Spør først hva klienten allerede vet, og etterpå hva hen tenker om det.',
    },
    PERSUADE: {
      kind: 'warning',
      text: 'Råd uten tillatelse gir motstand. Be om lov og overlat valget til klienten.',
    },
    PERSUADE_WITH_PERMISSION: {
      kind: 'suggestion',
      text: 'Råd med tillatelse: spør nå hva klienten tenker om det.',
    },
    CONFRONT: { kind: 'warning', text: 'Å argumentere øker uenigheten. Reflekter heller det klienten sa.' },
    OTHER: null,
  },
  da: {
    QUESTION_OPEN: { kind: 'praise', text: 'Godt åbent spørgsmål. Følg svaret op med en refleksion.' },
    QUESTION_CLOSED: {
      kind: 'suggestion',
      text: 'Et lukket spørgsmål giver et kort svar. Prøv »hvad« eller »hvordan«, eller reflektér i stedet.',
    },
    SIMPLE_REFLECTION: {
      kind: 'praise',
      text: 'God refleksion. Tilføj følelsen eller meningen for at gøre den kompleks.',
    },
    COMPLEX_REFLECTION: { kind: 'praise', text: 'Stærk kompleks refleksion: den går ud over ordene.' },
    AFFIRM: { kind: 'praise', text: 'God anerkendelse af en styrke eller indsats.' },
    SEEKING_COLLABORATION: { kind: 'praise', text: 'Godt: du samarbejder med klienten.' },
    EMPHASIZING_AUTONOMY: { kind: 'praise', text: 'Godt: valget bliver hos klienten.' },
    GIVING_INFORMATION: {
      kind: 'suggestion',
      text: 'Spørg først, hvad klienten allerede ved, og bagefter, hvad hun eller han tænker om det.',
    },
    PERSUADE: {
      kind: 'warning',
      text: 'Råd uden tilladelse giver modstand. Spørg om lov, og overlad valget til klienten.',
    },
    PERSUADE_WITH_PERMISSION: {
      kind: 'suggestion',
      text: 'Råd med tilladelse: spørg nu, hvad klienten tænker om det.',
    },
    CONFRONT: {
      kind: 'warning',
      text: 'At argumentere øger uenigheden. Reflektér hellere det, klienten sagde.',
    },
    OTHER: null,
  },
};

/** Said when the client's last turn was change talk and the counsellor did not reflect it. */
export const MISSED_CHANGE_TALK: Record<Lang, string> = {
  en: 'The client just voiced change talk. Reflect it back so they hear it again.',
  nb: 'Klienten uttrykte nettopp endringssnakk. Reflekter det tilbake så hen hører det igjen.',
  da: 'Klienten udtrykte lige forandringssnak. Reflektér det tilbage, så klienten hører det igen.',
};

/** A scaling question is closed in form; its tip says how to use the number it gets. */
export const SCALING_TIP: Record<Lang, string> = {
  en: 'Good scaling question. Next ask why it is not a lower number: the answer is change talk.',
  nb: 'Godt skalaspørsmål. Spør så hvorfor det ikke er et lavere tall: svaret er endringssnakk.',
  da: 'Godt skalaspørgsmål. Spørg så, hvorfor det ikke er et lavere tal: svaret er forandringssnak.',
};
