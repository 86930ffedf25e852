/**
 * Text helpers shared by every language: normalising, tokenising, sentence splitting, a crude stemmer for
 * overlap, and a regex builder with Unicode word boundaries (JavaScript's \b is ASCII-only, so "nå" or "måske"
 * would never match with it).
 */

const LETTER = '\\p{L}\\p{N}';

/** Builds a case-insensitive regex matching any phrase as whole words. Phrases may use regex syntax. */
export function words(...phrases: string[]): RegExp {
  return new RegExp(`(?<![${LETTER}'’])(?:${phrases.join('|')})(?![${LETTER}])`, 'iu');
}

/** Like `words`, but anchored at the start of the (normalised) text. */
export function startsWith(...phrases: string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})(?![${LETTER}])`, 'iu');
}

/** A transcriber's note ("[laughs]", "[inaudible 00:01:40]"): not the speaker's words. */
const ANNOTATION = /\[[^\]]{0,60}\]/g;
/**
 * English typed on a phone: contractions without their apostrophe ("dont", "im", "its fine") and chat spellings
 * ("u", "wud", "idk"), written out so the lexicons' "don't", "i'm", "would" match. None of these spellings is a word
 * in Norwegian or Danish; "its" only before words a possessive cannot precede ("its fine", not "its taste").
 */
const PHONE_WORDS: Record<string, string> = {
  im: "i'm",
  ive: "i've",
  youre: "you're",
  youve: "you've",
  theyre: "they're",
  theyve: "they've",
  thats: "that's",
  whats: "what's",
  u: 'you',
  r: 'are',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  thx: 'thanks',
  idk: "i don't know",
  rly: 'really',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  bc: 'because',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  tho: 'though',
};
const PHONE_WORD = new RegExp(`(?<![\\p{L}'])(?:${Object.keys(PHONE_WORDS).join('|')})(?![\\p{L}'])`, 'gu');
const BARE_CONTRACTION =
  /(?<![\p{L}'])(do|does|did|ca|could|would|should|wo|is|are|was|were|have|has|had)nt(?![\p{L}'])/gu;
const BARE_ITS =
  /(?<![\p{L}'])its(?= (?:not|a|an|the|just|so|really|fine|ok|okay|alright|been|only|hard|too|like|all|never|always|going|gonna|getting|easy|good|bad|fun|nice|true|kinda|pretty|quite|very|more|less|no|nothing|something|still|also|actually|probably|definitely|my|your|what|how)(?![\p{L}]))/gu;
/**
 * "ur" is "you're" before a state or an -ing/-ed word ("ur worried", "ur not", "ur thinking"), else "your"
 * ("ur mum"); after a Danish or Norwegian possessive it is the word for a watch ("mit ur") and stays.
 */
const UR = /(?<![\p{L}'])(?<!(?:mit|dit|sit|mitt|ditt|sitt|et) )ur(?= ([\p{L}']+))/gu;
const UR_STATE =
  /^(?:not|so|really|very|still|just|already|only|literally|clearly|definitely|probably|right|sure|ready|able|allowed|afraid|aware|sick|pregnant|willing|weird|someone|a|an|kind|pretty|quite|too|gonna|\p{L}+ing|\p{L}+ed)$/u;

function writePhoneSpellingsOut(text: string): string {
  return text
    .replace(PHONE_WORD, (m) => PHONE_WORDS[m] ?? m)
    .replace(UR, (_m, next: string) => (UR_STATE.test(next) ? "you're" : 'your'))
    .replace(BARE_CONTRACTION, "$1n't")
    .replace(BARE_ITS, "it's");
}

/** A word said twice over a hyphen: "so-so what", "what-what", "who-who-who" (false starts in speech). */
const STUTTER = /(?<![\p{L}])([\p{L}']+)(?:-\1)+(?![\p{L}])/gu;
/** A word broken off and restarted: "wh-what", "sup-supporting". */
const RESTART = /(?<![\p{L}])(\p{L}{1,3})-(\1\p{L}+)/gu;
/** A dash that breaks a sentence off ("What was-- what was…", "…because—"). */
const BREAK = /\s*(?:--+|—|–(?=\s))\s*/g;

/**
 * Lower case, straight apostrophes, English phone spellings written out, single spaces, and the disfluencies of
 * transcribed speech smoothed out so that "So-so, what-what do you…" reads as "so, what do you…". Fillers like "um"
 * are left to the lexicons.
 */
export function normalise(text: string): string {
  return writePhoneSpellingsOut(text.toLowerCase().replace(/[’‘`´]/g, "'"))
    .replace(/[“”«»]/g, '"')
    .replace(ANNOTATION, ' ')
    .replace(STUTTER, '$1')
    .replace(RESTART, '$2')
    .replace(BREAK, ', ')
    .replace(/\s+/g, ' ')
    .replace(/^[,\s]+|[,\s]+$/g, '');
}

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

export function tokens(normalised: string): string[] {
  return normalised.match(TOKEN) ?? [];
}

/** Splits after . ! ? … when followed by space; keeps the punctuation with its sentence. */
export function sentences(normalised: string): string[] {
  return normalised
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const STEM_LENGTH = 5;
const SHORT_WORD = 3;

/** A prefix stem: good enough to match "worried/worry", "drinking/drink" across a reflection and its source. */
export function stem(token: string): string {
  if (token.length <= SHORT_WORD) return token;
  const base = token.replace(/(?:'s|s)$/u, '');
  return base.slice(0, STEM_LENGTH);
}
