/**
 * What the counsellor rules look at in one sentence: how it starts once fillers are gone, whether it asks,
 * and how much of the client's last words it carries (with the pronoun shift I→you counted as overlap).
 */
import type { Lexicon } from '../lexicon/types.js';
import { stem, tokens } from '../text.js';

export interface SentenceFeatures {
  text: string;
  /** The sentence without leading fillers ("so", "okay", "well"). */
  core: string;
  /** The sentence from its last leading "so" on ("okay, so you…" → "so you…"), else the whole sentence. */
  soCore: string;
  asks: boolean;
  /** An agreement ("Sounds like a plan", "Det lyder godt") was taken off as a leading filler. */
  agreed: boolean;
  tokenCount: number;
  /** Content stems of this sentence (no stopwords, no pronouns). */
  content: string[];
}

export interface ClientEcho {
  /** Share of this sentence's content stems that the client used in their last turn(s), 0..1. */
  overlap: number;
  /** Number of shared content stems. */
  shared: number;
  /** The client spoke about themself (I/me) and the counsellor says you: the pronoun shift of a reflection. */
  pronounShift: boolean;
}

const MAX_FILLER_STRIPS = 4;

/** The sentence after each leading filler is taken off, the full sentence first. */
function fillerSteps(text: string, lex: Lexicon): string[] {
  const steps = [text];
  let core = text;
  for (let i = 0; i < MAX_FILLER_STRIPS; i++) {
    const m = lex.leadingFiller.exec(core);
    if (!m || m[0].length === 0) break;
    core = core.slice(m[0].length).trimStart();
    steps.push(core);
  }
  return steps;
}

/** "Okay, so you…" keeps its "so" here: the opening of a reflection once the other fillers are gone. */
const SO_START = /^(?:so|så)(?![\p{L}])/u;

export function contentStems(toks: readonly string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (const t of toks) {
    if (lex.stopwords.has(t) || lex.firstPerson.has(t) || lex.secondPerson.has(t) || t.length < 3) continue;
    out.push(stem(t));
  }
  return out;
}

/** A sentence that ends in a mark of its own ("?", ".", "!") says by it whether it asks. */
const MARKED_END = /[.!?…]\s*["')]?$/u;

/**
 * Typed on a phone, a question often comes without its mark ("what brings you here", "har du prøvd det"). After
 * "so"/"så" only a question word counts: "så har du prøvd det" is a statement in Norwegian and Danish word order,
 * "so what did you want to work on" asks.
 */
function asks(text: string, core: string, steps: readonly string[], lex: Lexicon): boolean {
  if (/\?\s*["')]?$/.test(text)) return true;
  if (MARKED_END.test(text)) return false;
  const wh = lex.openQuestion.test(core) || lex.factQuestion.test(core);
  if (!wh && steps.some((s) => SO_START.test(s))) return false;
  // "hi Linda, what brings you here": the question may follow a greeting or a name after a comma.
  const afterComma = core.slice(core.lastIndexOf(',') + 1).trim();
  return lex.unmarkedQuestion.test(core) || lex.unmarkedQuestion.test(afterComma);
}

export function sentenceFeatures(text: string, lex: Lexicon): SentenceFeatures {
  const steps = fillerSteps(text, lex);
  const core = (steps.at(-1) as string).replace(/^[,.\s-]+/, '');
  const toks = tokens(core);
  return {
    text,
    core,
    soCore: steps.findLast((s) => SO_START.test(s)) ?? text,
    asks: asks(text, core, steps, lex),
    agreed: steps.slice(0, -1).some((step) => lex.agreement.test(step)),
    tokenCount: toks.length,
    content: contentStems(toks, lex),
  };
}

export interface ClientWords {
  stems: ReadonlySet<string>;
  firstPerson: boolean;
}

export function clientWords(clientText: string, lex: Lexicon): ClientWords {
  const toks = tokens(clientText);
  return { stems: new Set(contentStems(toks, lex)), firstPerson: toks.some((t) => lex.firstPerson.has(t)) };
}

export function echo(f: SentenceFeatures, client: ClientWords | null, lex: Lexicon): ClientEcho {
  if (!client || f.content.length === 0) return { overlap: 0, shared: 0, pronounShift: false };
  const shared = f.content.filter((s) => client.stems.has(s)).length;
  const saysYou = tokens(f.core).some((t) => lex.secondPerson.has(t));
  return { overlap: shared / f.content.length, shared, pronounShift: client.firstPerson && saysYou };
}

/**
 * The sentence from its last leading "so" on, where a reflection opening is looked for. An agreement taken off as a
 * filler ("Sounds like a plan, you could…") opens no reflection: without a "so" the sentence is read from after it.
 */
export function soOpening(f: SentenceFeatures): string {
  return f.agreed && f.soCore === f.text ? f.core : f.soCore;
}

/** Strong reflection openings are checked before and after fillers go ("so you…" loses its "so" as a filler). */
export function strongStart(f: SentenceFeatures, lex: Lexicon): boolean {
  const re = lex.strongReflectionStart;
  const whole = f.agreed ? f.core : f.text;
  // Said as a question, "okay, so you…?" is as often a closed question as a reflection: only the plain openings count.
  return re.test(whole) || re.test(f.core) || (!f.asks && re.test(soOpening(f)));
}
