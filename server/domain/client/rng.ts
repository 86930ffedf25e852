/**
 * A tiny seeded PRNG (mulberry32). Its whole state is one 32-bit integer, so a session can store it as plain
 * JSON and resume with exactly the same random sequence.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** The current internal state, to store and later pass to `createRng`. */
  state(): number;
}

const MULBERRY_INCREMENT = 0x6d2b79f5;

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  return {
    next() {
      s = (s + MULBERRY_INCREMENT) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    state: () => s,
  };
}

/** An integer in [0, n). */
export function randomIndex(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng.next() * n));
}

/** Picks one item, or undefined for an empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[randomIndex(rng, items.length)];
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}
