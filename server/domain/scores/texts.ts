/** The rules behind the estimated global scores, in words, per language. */
import type { Lang } from '../codes.js';

export interface GlobalRuleTexts {
  cultivating: string;
  softening: string;
  partnership: string;
  empathy: string;
}

export const GLOBAL_RULES: Record<Lang, GlobalRuleTexts> = {
  en: {
    cultivating:
      'Starts at 3; +1 when techniques that evoke change talk are used, ±0.5 for open questions above or below 50%, minus for persuading and confronting.',
    softening:
      'Starts at 3; +1 with at least one reflection per question, ±0.5 for a change-talk share above or below 50%, minus for persuading and confronting.',
    partnership:
      'Starts at 3; plus for seeking collaboration and emphasising autonomy, minus for persuading and confronting.',
    empathy:
      'Starts at 3; ±0.5 for R:Q above or below 1, +1 with at least 40% complex reflections, minus for persuading and confronting.',
  },
  nb: {
    cultivating:
      'Starter på 3; +1 når teknikker som fremkaller endringssnakk brukes, ±0,5 for åpne spørsmål over eller under 50 %, minus for overtalelse og konfrontasjon.',
    softening:
      'Starter på 3; +1 med minst én refleksjon per spørsmål, ±0,5 for andel endringssnakk over eller under 50 %, minus for overtalelse og konfrontasjon.',
    partnership:
      'Starter på 3; pluss for å søke samarbeid og understreke autonomi, minus for overtalelse og konfrontasjon.',
    empathy:
      'Starter på 3; ±0,5 for R:S over eller under 1, +1 med minst 40 % komplekse refleksjoner, minus for overtalelse og konfrontasjon.',
  },
  da: {
    cultivating:
      'Starter på 3; +1 når teknikker der fremkalder forandringsudsagn bruges, ±0,5 for åbne spørgsmål over eller under 50 %, minus for overtalelse og konfrontation.',
    softening:
      'Starter på 3; +1 med mindst én refleksion per spørgsmål, ±0,5 for andel forandringsudsagn over eller under 50 %, minus for overtalelse og konfrontation.',
    partnership:
      'Starter på 3; plus for at søge samarbejde og understrege autonomi, minus for overtalelse og konfrontation.',
    empathy:
      'Starter på 3; ±0,5 for R:S over eller under 1, +1 med mindst 40 % komplekse refleksioner, minus for overtalelse og konfrontation.',
  },
};
