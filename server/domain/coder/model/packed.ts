/**
 * The shipped form of the model: each feature's weights as one short string of integers (hundredths), decoded
 * on first lookup. Parsing 12,000 short strings instead of 150,000 numbers keeps the first counsellor turn fast.
 */
import type { LogisticModel } from './logistic.js';

export interface PackedModel<L extends string> {
  labels: readonly L[];
  bias: readonly number[];
  /** Per feature, its weights ×100 as integers joined by commas. */
  weights: Readonly<Record<string, string>>;
}

const SCALE = 100;

export function pack<L extends string>(m: LogisticModel<L>): PackedModel<L> {
  const weights: Record<string, string> = {};
  for (const [f, row] of Object.entries(m.weights))
    weights[f] = row.map((w) => Math.round(w * SCALE)).join(',');
  return { labels: m.labels, bias: m.bias, weights };
}

/** A model whose weight rows are decoded when first looked up, then kept. */
export function unpack<L extends string>(p: PackedModel<L>): LogisticModel<L> {
  const decoded = new Map<string, readonly number[]>();
  // Only looked up by feature (probabilities()); not enumerable.
  const weights: Record<string, readonly number[]> = new Proxy({} as Record<string, readonly number[]>, {
    get(_target, f) {
      if (typeof f !== 'string' || !Object.hasOwn(p.weights, f)) return undefined;
      let row = decoded.get(f);
      if (!row) {
        row = (p.weights[f] as string).split(',').map((x) => Number(x) / SCALE);
        decoded.set(f, row);
      }
      return row;
    },
  });
  return { labels: p.labels, bias: p.bias, weights };
}
