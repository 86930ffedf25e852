/**
 * Agreement metrics, written out because each is a few lines: per-class precision/recall/F1, macro-F1, Cohen's
 * kappa, Pearson r, ICC(2,1) and ROC AUC. Figures that cannot be computed (no data, zero variance) are null.
 */

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Pair<T extends string> {
  gold: T;
  pred: T;
}

export function perClass<T extends string>(
  pairs: readonly Pair<string>[],
  classes: readonly T[],
): Record<T, ClassScore> {
  const out = {} as Record<T, ClassScore>;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, pred } of pairs) {
      if (pred === c && gold === c) tp++;
      else if (pred === c) fp++;
      else if (gold === c) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[c] = { precision, recall, f1, support: tp + fn };
  }
  return out;
}

/** Mean F1 over the classes that occur in the gold labels. */
export function macroF1(scores: Record<string, ClassScore>): number | null {
  const present = Object.values(scores).filter((s) => s.support > 0);
  if (present.length === 0) return null;
  return present.reduce((a, s) => a + s.f1, 0) / present.length;
}

export function cohensKappa(pairs: readonly Pair<string>[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const gold = new Map<string, number>();
  const pred = new Map<string, number>();
  let agree = 0;
  for (const p of pairs) {
    if (p.gold === p.pred) agree++;
    gold.set(p.gold, (gold.get(p.gold) ?? 0) + 1);
    pred.set(p.pred, (pred.get(p.pred) ?? 0) + 1);
  }
  let expected = 0;
  for (const [c, g] of gold) expected += (g / n) * ((pred.get(c) ?? 0) / n);
  const observed = agree / n;
  return expected === 1 ? null : (observed - expected) / (1 - expected);
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout & Fleiss), for two raters. */
export function icc(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  const k = 2;
  if (n < 2) return null;
  const rows = Array.from({ length: n }, (_, i) => [xs[i] as number, ys[i] as number]);
  const grand = mean(rows.flat());
  const rowMeans = rows.map((r) => mean(r));
  const colMeans = [mean(xs.slice(0, n)), mean(ys.slice(0, n))];
  const ssr = k * rowMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
  const ssc = n * colMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
  const sst = rows.flat().reduce((a, v) => a + (v - grand) ** 2, 0);
  const sse = sst - ssr - ssc;
  const msr = ssr / (n - 1);
  const msc = ssc / (k - 1);
  const mse = sse / ((n - 1) * (k - 1));
  const denom = msr + (k - 1) * mse + (k * (msc - mse)) / n;
  return denom === 0 ? null : (msr - mse) / denom;
}

/** ROC AUC: the chance that a random positive scores above a random negative (ties count half). */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number | null {
  if (positives.length === 0 || negatives.length === 0) return null;
  let wins = 0;
  for (const p of positives) for (const q of negatives) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
