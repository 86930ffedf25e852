/**
 * A reflection in the counsellor's voice built from the client's words: "I" turned to "you" and "we" to the
 * plural "you", the client's "you" (the counsellor) to "I", a question turned into the wish or the wondering it
 * carries, words with nothing to turn framed as heard, and not knowing what to say reflected as uncertainty. Never
 * the client's own sentence said back.
 */
import { lexicon } from '../coder/lexicon/index.js';
import { normalise } from '../coder/text.js';
import type { Lang } from '../codes.js';
import { VOICE } from './texts/index.js';

/** Clauses shorter than this are too thin to reflect ("yeah, but"). */
const MIN_CLAUSE_WORDS = 3;
const MAX_CLAUSE_WORDS = 18;
/** A hedge covering at least this share of the turn is what the turn says. */
const HEDGE_SHARE = 0.5;
const SENTENCE = /[^.!?;:]+[.!?;:]*/gu;
const INNER_SPLIT = /,\s+(?:but|men|og|and)\s+|\s+(?:but|men)\s+/iu;
/** Fillers and set phrases before a clause ("just so you know" is not said to the counsellor about the counsellor). */
const LEADING =
  /^(?:yeah|yes|well|um|hm+|ja|nei|nej|altså|tja|jo|nå|okay|ok|right|just so you know|you know|bare så det er sagt|bare så du vet det|bare så du ved det)(?![\p{L}]),?:?\s*/iu;

export interface Clause {
  text: string;
  /** Part of a sentence that ends in a question mark. */
  question: boolean;
}

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    const question = sentence.endsWith('?');
    for (const part of sentence.replace(/[.!?;:]+$/u, '').split(INNER_SPLIT)) {
      let c = part.trim();
      while (LEADING.test(c)) c = c.replace(LEADING, '');
      if (c.split(/\s+/).length >= MIN_CLAUSE_WORDS) out.push({ text: c, question });
    }
  }
  return out;
}

const firstPersonIn = (c: string, lang: Lang) =>
  c
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((t) => lexicon(lang).firstPerson.has(t));

/**
 * Prefers change talk, then sustain talk (the client's side, said back, is what a reflection of it needs), then a
 * wish said as a question, then the client on themself, then the last statement.
 */
export function bestClause(all: readonly Clause[], lang: Lang): Clause | null {
  const c = lexicon(lang).client;
  const change = [c.desire, c.need, c.reasons, c.ability, c.commitment, c.activation, c.takingSteps];
  const statements = all.filter((x) => !x.question);
  const has = (res: RegExp[]) => (x: Clause) => res.some((re) => re.test(normalise(x.text)));
  return (
    statements.find(has(change)) ??
    statements.find(has([c.sustain, c.sustainFamily])) ??
    all.find((x) => x.question && VOICE[lang].wish.test(x.text)) ??
    statements.find((x) => firstPersonIn(x.text, lang)) ??
    statements[statements.length - 1] ??
    all[all.length - 1] ??
    null
  );
}

/**
 * First person to second and the client's "you" to the counsellor's "I", at once (neither undoes the other), and
 * whether any of the client's own "I" or "we" was turned.
 */
export function inCounsellorVoice(text: string, lang: Lang): { text: string; turned: boolean } {
  const held: string[] = [];
  let out = text;
  for (const [re, to] of VOICE[lang].counsellorSelf)
    out = out.replace(re, () => `\uE000${held.push(to) - 1}\uE000`);
  const before = out;
  for (const [re, to] of lexicon(lang).pronounShift) out = out.replace(re, to);
  const turned = out !== before;
  return { text: out.replace(/\uE000(\d+)\uE000/gu, (_m, i: string) => held[Number(i)] ?? ''), turned };
}

const words = (s: string) => s.split(/\s+/).slice(0, MAX_CLAUSE_WORDS).join(' ');

/** A common first word is lower-cased inside a frame; a name ("Emil") keeps its capital. */
function lowerFirst(s: string, lang: Lang): string {
  const word = s.split(/\s+/)[0] ?? '';
  // English "I" and Danish "I" (plural you) are capitalised wherever they stand.
  if (word === 'I') return s;
  const first = word.toLowerCase();
  const lex = lexicon(lang);
  return lex.stopwords.has(first) || lex.firstPerson.has(first) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function asQuestion(text: string, lang: Lang): string {
  const v = VOICE[lang];
  const wish = v.wish.exec(text);
  if (wish) return v.wishFrame + inCounsellorVoice(words(wish[1] ?? ''), lang).text;
  const wonder = v.wonder.exec(text);
  if (!wonder) return v.asking;
  const verb = (wonder[2] ?? '').toLowerCase();
  return v.wonderFrame
    .replace('{q}', (wonder[1] ?? '').toLowerCase())
    .replace('{v} ', verb in v.auxAfterYou ? `${v.auxAfterYou[verb]} `.trimStart() : `${verb} `)
    .replace('{rest}', inCounsellorVoice(words(wonder[3] ?? ''), lang).text);
}

/** With none of the client's "I" in it, the clause is framed as heard: it is not the counsellor's own statement. */
function asStatement(text: string, lang: Lang): string {
  const voiced = inCounsellorVoice(words(text), lang);
  return voiced.turned ? voiced.text : VOICE[lang].heard.replace('{x}', lowerFirst(voiced.text, lang));
}

const sentence = (s: string) => {
  const t = s.trim().replace(/[,;:.!?…]+$/u, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};

/** The client speaks to or about the counsellor ("you sound like all the others"): their words are about us. */
export function addressesCounsellor(clientText: string, lang: Lang): boolean {
  const clause = bestClause(clauses(clientText), lang);
  return (
    clause !== null &&
    VOICE[lang].counsellorSelf.some(([re]) => new RegExp(re.source, 'iu').test(clause.text))
  );
}

/** A reflection of the client's words in the counsellor's voice, or null when there is nothing to reflect. */
export function reflectionFrom(clientText: string, lang: Lang): string | null {
  const norm = normalise(clientText);
  const hedge = lexicon(lang).client.hedge.exec(norm);
  if (hedge && hedge[0].length >= HEDGE_SHARE * norm.length) return VOICE[lang].unsure;
  const clause = bestClause(clauses(clientText), lang);
  if (!clause) return null;
  return sentence(clause.question ? asQuestion(clause.text, lang) : asStatement(clause.text, lang));
}
