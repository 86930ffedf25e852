/**
 * Language detection from function words and spelling. English is easy; bokmål and Danish share most words,
 * so the markers are the common words that differ (hva/hvad, meg/mig, ikke sant/ikke, nå/nu, mye/meget).
 */
import type { Lang } from '../codes.js';
import { normalise, tokens } from './text.js';

const MARKERS: Record<Lang, readonly string[]> = {
  en: `the and you i to is it that what how do are have my your this for with not was but so about me be can
  would like just know think feel really want going there they of in on yeah okay don't i'm it's you're`.split(
    /\s+/,
  ),
  nb: `hva meg deg seg hvordan mye nå etter av noe noen kanskje vet høres veldig sånn gjøre ikkje
  blitt bli hjelpe hjelp skulle kjenner tenker tenke synes syns ønsker klarer klare litt lyst gang ganger
  mamma pappa barna jobben røyke røyking drikke trene uke uka sier fått hjemme egentlig riktig fortelle forteller
  bare ja nei ikke`.split(/\s+/),
  da: `hvad mig dig sig meget nu efter af noget nogen måske ved lyder sådan gøre rigtig rigtigt blevet blive
  hjælpe hjælp skulle kender tænker tænke synes ønsker klarer klare lidt lyst gang gange mor far børnene arbejdet
  ryge rygning drikke træne uge siger fået hjemme egentlig fortælle fortæller gerne lige nok også jo
  bare ja nej ikke`.split(/\s+/),
};
/** Letters only one of the three languages uses. */
const LETTER_WEIGHT = 2;
const DANISH_ONLY = /(?:øj|æ[gn]|hvad|ej\b|sgu|dét)/gu;
const BOKMAL_ONLY = /(?:kj|øy|eg\b|ei\b)/gu;
const NORDIC_LETTERS = /[æøå]/gu;

const WEIGHTS: Record<Lang, ReadonlyMap<string, number>> = {
  en: new Map(MARKERS.en.map((w) => [w, 1])),
  nb: new Map(MARKERS.nb.map((w) => [w, 1])),
  da: new Map(MARKERS.da.map((w) => [w, 1])),
};

function score(toks: readonly string[], lang: Lang): number {
  let s = 0;
  const weights = WEIGHTS[lang];
  for (const t of toks) s += weights.get(t) ?? 0;
  return s;
}

/** Detects nb, da or en; ties and empty text fall back to `fallback`. */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const norm = normalise(text);
  const toks = tokens(norm);
  const nordic = (norm.match(NORDIC_LETTERS) ?? []).length;
  const scores: Record<Lang, number> = {
    en: score(toks, 'en') - nordic * LETTER_WEIGHT,
    nb: score(toks, 'nb') + (norm.match(BOKMAL_ONLY) ?? []).length * LETTER_WEIGHT + nordic,
    da: score(toks, 'da') + (norm.match(DANISH_ONLY) ?? []).length * LETTER_WEIGHT + nordic,
  };
  let best: Lang = fallback;
  for (const lang of ['en', 'nb', 'da'] as const) if (scores[lang] > scores[best]) best = lang;
  return scores[best] > 0 ? best : fallback;
}
