/**
 * What the counsellor model sees of a turn: the rules' verdict (code, reason, each sentence's code), the form
 * of its first and last sentence (opening words, question mark), its length, how much it echoes the client,
 * its pronouns, and its words and word pairs. The rules carry MITI's logic; the words let the model learn where
 * the rules' cues mislead.
 */

import { echo, type SentenceFeatures, sentenceFeatures } from '../counsellor/features.js';
import type { RuleDecision } from '../counsellor/index.js';
import type { Lexicon } from '../lexicon/types.js';
import { tokens } from '../text.js';

const LENGTHS = [2, 5, 10, 20, 40];
const OVERLAPS = [0, 0.25, 0.5, 0.75];
/** Long turns (summaries, speeches) add little beyond their first words: cap the n-grams. */
const MAX_TOKENS = 60;

const bucket = (x: number, edges: readonly number[]): number => edges.filter((e) => x > e).length;

/** A turn's length bucket and its words and word pairs (long turns capped: their first words say most). */
export function wordFeatures(toks: readonly string[]): string[] {
  const out = [`len=${bucket(toks.length, LENGTHS)}`];
  const capped = toks.slice(0, MAX_TOKENS);
  for (let i = 0; i < capped.length; i++) {
    out.push(`w=${capped[i]}`);
    if (i > 0) out.push(`b=${capped[i - 1]}_${capped[i]}`);
  }
  return out;
}

function opening(prefix: string, core: string): string[] {
  const t = tokens(core);
  return [
    `${prefix}1=${t[0] ?? ''}`,
    `${prefix}2=${t.slice(0, 2).join('_')}`,
    `${prefix}3=${t.slice(0, 3).join('_')}`,
  ];
}

export function counsellorFeatures(d: RuleDecision, lex: Lexicon): string[] {
  const out = [`r=${d.best.code}`, `rr=${d.best.reason}`];
  for (const c of d.cands) out.push(`s=${c.code}`, `sr=${c.reason}`);
  const first = d.sentences[0] as SentenceFeatures;
  const last = d.sentences[d.sentences.length - 1] as SentenceFeatures;
  out.push(...opening('f', first.core), ...opening('l', last.core));
  out.push(`q=${last.asks}`, `nq=${Math.min(d.sentences.filter((s) => s.text.endsWith('?')).length, 3)}`);
  out.push(`ns=${Math.min(d.sentences.length, 4)}`);
  const toks = tokens(d.norm);
  if (d.client === null) out.push('noclient');
  else {
    const e = echo(last, d.client, lex);
    const whole = echo(sentenceFeatures(d.norm, lex), d.client, lex);
    out.push(`ov=${bucket(e.overlap, OVERLAPS)}`, `ovw=${bucket(whole.overlap, OVERLAPS)}`);
    if (e.pronounShift) out.push('shift');
  }
  if (toks.some((t) => lex.secondPerson.has(t))) out.push('you');
  if (toks.some((t) => lex.firstPerson.has(t))) out.push('me');
  out.push(...wordFeatures(toks));
  return out;
}
