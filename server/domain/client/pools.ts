/**
 * The case material as pools of lines with stable ids (their path in the case file), and the fallbacks used
 * when a pool has been said up, so that the client never repeats itself.
 */

import type { Case, Line } from '../cases/schema.js';
import { DARN_CAT, type DarnCat, type ExplorationLevel, PETALS, type Petal } from '../codes.js';

export interface PoolLine {
  id: string;
  line: Line;
}

export type ReactionKey = keyof Case['reactions'];

const withIds = (prefix: string, lines: readonly Line[]): PoolLine[] =>
  lines.map((line, i) => ({ id: `${prefix}.${i}`, line }));

export function changeTalkPool(c: Case, darn: DarnCat): PoolLine[] {
  return withIds(`changeTalk.${darn}`, c.changeTalk[darn]);
}

export function sustainPool(c: Case): PoolLine[] {
  return withIds('sustainTalk', c.sustainTalk);
}

export function reactionPool(c: Case, key: ReactionKey): PoolLine[] {
  return withIds(`reactions.${key}`, c.reactions[key]);
}

export function petalPool(c: Case, petal: Petal, depth: ExplorationLevel): PoolLine[] {
  return withIds(`petals.${petal}.depths.${depth}`, c.petals[petal].depths[depth]);
}

const DEPTHS: ExplorationLevel[] = [1, 2, 3, 4, 5];

/** The same petal at the nearest depths first, then the other petals at the same depth. */
export function petalFallbacks(c: Case, petal: Petal, depth: ExplorationLevel): PoolLine[][] {
  const byDistance = [...DEPTHS].sort((a, b) => Math.abs(a - depth) - Math.abs(b - depth) || b - a);
  // Going deeper than the state allows would overstate the client's openness: prefer shallower neighbours.
  const near = byDistance.filter((x) => x <= depth).map((x) => petalPool(c, petal, x));
  const others = PETALS.filter((p) => p !== petal).map((p) => petalPool(c, p, depth));
  return [...near, ...others];
}

/** Change talk of the asked kind first, then the other kinds in DARN-CAT order. */
export function changeTalkFallbacks(c: Case, darn: DarnCat): PoolLine[][] {
  return [darn, ...DARN_CAT.filter((k) => k !== darn)].map((k) => changeTalkPool(c, k));
}

/** Replies that are safe when a pool is said up: they keep the conversation going without new content. */
export function neutralFallbacks(c: Case): PoolLine[][] {
  return [reactionPool(c, 'closedUnsure'), reactionPool(c, 'avoid'), reactionPool(c, 'confused')];
}

/** The core barrier's lines (facts.barrier.lines), empty for a case without facts. */
export function barrierPool(c: Case): PoolLine[] {
  return withIds('facts.barrier.lines', c.facts?.barrier.lines ?? []);
}

/**
 * The answer line of a fact (`facts.answers.N`) or the case's "don't know" line of a kind (`facts.unknown.when`).
 * Facts are said again whenever asked again: the same question gets the same answer.
 */
export function factLine(c: Case, id: string | null, kind: string): PoolLine | undefined {
  if (!c.facts) return undefined;
  if (id === null) {
    const unknown = (c.facts.unknown as Record<string, Line | undefined>)[kind];
    return unknown ? { id: `facts.unknown.${kind}`, line: unknown } : undefined;
  }
  const index = Number(id.split('.').pop());
  const fact = c.facts.answers[index];
  return fact ? { id, line: fact.answer } : undefined;
}
