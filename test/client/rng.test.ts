import { describe, expect, it } from 'vitest';
import { createRng } from '../../server/domain/client/rng.js';

describe('createRng', () => {
  it('is deterministic for a seed and resumable from its state', () => {
    const a = createRng(42);
    const first = [a.next(), a.next()];
    const resumed = createRng(a.state());
    const b = createRng(42);
    expect([b.next(), b.next()]).toEqual(first);
    expect(resumed.next()).toBe(b.next());
  });

  it('stays in [0, 1) and spreads out', () => {
    const r = createRng(7);
    const xs = Array.from({ length: 1000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
  });
});
