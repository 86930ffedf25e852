import { describe, expect, it } from 'vitest';
import { cohensKappa, icc, macroF1, pearson, perClass, rocAuc } from '../../server/domain/scores/metrics.js';

const pairs = (gold: string, pred: string) => [...gold].map((g, i) => ({ gold: g, pred: pred[i] as string }));

describe('metrics', () => {
  it('per-class F1 and macro-F1', () => {
    const scores = perClass(pairs('AABB', 'ABBB'), ['A', 'B']);
    expect(scores.A).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(scores.B.f1).toBeCloseTo(0.8);
    expect(macroF1(scores)).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(macroF1(perClass([], ['A']))).toBeNull();
  });

  it("Cohen's kappa", () => {
    expect(cohensKappa(pairs('ABAB', 'ABAB'))).toBe(1);
    expect(cohensKappa(pairs('AABB', 'ABAB'))).toBeCloseTo(0);
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa(pairs('AA', 'AA'))).toBeNull();
  });

  it('Pearson r', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(pearson([1, 1], [1, 2])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });

  it('ICC(2,1) is 1 for identical ratings and lower for a constant offset', () => {
    expect(icc([1, 2, 3, 4], [1, 2, 3, 4])).toBeCloseTo(1);
    const offset = icc([1, 2, 3, 4], [2, 3, 4, 5]) as number;
    expect(offset).toBeLessThan(1);
    expect(offset).toBeGreaterThan(0.5);
  });

  it('ROC AUC with ties counting half', () => {
    expect(rocAuc([3, 4], [1, 2])).toBe(1);
    expect(rocAuc([1], [1])).toBe(0.5);
    expect(rocAuc([1, 3], [2])).toBe(0.5);
    expect(rocAuc([], [1])).toBeNull();
  });
});
