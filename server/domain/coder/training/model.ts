/**
 * A small multinomial naive Bayes over word unigrams and bigrams, trained at start-up on sentences written for
 * this project (training/*.ts): no downloaded data, deterministic, trains in a few milliseconds. The rules
 * decide whenever they have a cue; the model only speaks where they have none.
 */
import { normalise, tokens } from '../text.js';

export interface Model<L extends string> {
  /** Posterior probability of each label, summing to 1. */
  probabilities(text: string): Record<L, number>;
  /** The most probable label and its probability. */
  best(text: string): { label: L; p: number };
}

const SMOOTHING = 0.5;

/** Negations in the three languages; the words after one are also counted as negated ("not_want"). */
const NEGATION = /^(?:not|no|never|nothing|ikke|ikkje|aldri|aldrig|ingen|intet|ingenting|\w+n't)$/u;
const NEGATION_SCOPE = 3;

/**
 * Unigrams, bigrams, negated words, and the first word marked as such: the start of a sentence carries much of
 * its act, and "I don't want to" must not look like "I want to".
 */
export function features(text: string): string[] {
  const toks = tokens(normalise(text));
  const out: string[] = [];
  let negated = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    out.push(t);
    if (i > 0) out.push(`${toks[i - 1]}_${t}`);
    if (negated > 0) {
      out.push(`not_${t}`);
      negated--;
    }
    if (NEGATION.test(t)) negated = NEGATION_SCOPE;
  }
  if (toks.length > 0) out.push(`^${toks[0]}`);
  return out;
}

export function trainNaiveBayes<L extends string>(data: Readonly<Record<L, readonly string[]>>): Model<L> {
  const labels = Object.keys(data) as L[];
  const counts = new Map<L, Map<string, number>>();
  const totals = new Map<L, number>();
  const vocab = new Set<string>();
  let docs = 0;
  for (const label of labels) {
    const c = new Map<string, number>();
    let total = 0;
    for (const text of data[label]) {
      for (const f of new Set(features(text))) {
        c.set(f, (c.get(f) ?? 0) + 1);
        vocab.add(f);
        total++;
      }
    }
    counts.set(label, c);
    totals.set(label, total);
    docs += data[label].length;
  }
  const v = vocab.size;
  const prior = new Map(labels.map((l) => [l, Math.log(data[l].length / docs)]));
  const logLik = (label: L, f: string): number =>
    Math.log(((counts.get(label) as Map<string, number>).get(f) ?? 0) + SMOOTHING) -
    Math.log((totals.get(label) as number) + SMOOTHING * v);

  function probabilities(text: string): Record<L, number> {
    // Unseen features say nothing about the label: only features seen in training are scored.
    const feats = [...new Set(features(text))].filter((f) => vocab.has(f));
    const scores = labels.map((l) => feats.reduce((s, f) => s + logLik(l, f), prior.get(l) as number));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    const out = {} as Record<L, number>;
    labels.forEach((l, i) => {
      out[l] = (exps[i] as number) / sum;
    });
    return out;
  }

  return {
    probabilities,
    best(text) {
      const p = probabilities(text);
      let label = labels[0] as L;
      for (const l of labels) if (p[l] > p[label]) label = l;
      return { label, p: p[label] };
    },
  };
}
