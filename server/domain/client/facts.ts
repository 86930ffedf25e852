/**
 * Finds what the case says to a factual question: the fact whose keys the question matches best among those
 * that answer its kind. The same question always finds the same fact (ties go to the first in the file), so
 * the client's amounts, days and people never change within or between sessions.
 */
import type { Fact, FactKind } from '../cases/facts.js';
import { FACT_KINDS } from '../cases/facts.js';
import type { Case } from '../cases/schema.js';
import type { Lang } from '../codes.js';
import type { AskKind, Frame } from './frame.js';
import { matchesKeyword } from './topics.js';

/** Kinds close enough that a fact of one answers the other ("how many a day" ~ "how often"). */
const NEIGHBOURS: Partial<Record<FactKind, FactKind>> = { howMany: 'howOften', howOften: 'howMany' };

export function isFactKind(kind: AskKind): kind is FactKind {
  return (FACT_KINDS as readonly string[]).includes(kind);
}

export interface FoundFact {
  id: string;
  fact: Fact;
}

function score(fact: Fact, frame: Frame, lang: Lang): number {
  return fact.keys[lang].filter((k) => matchesKeyword(frame.target, k)).length;
}

function best(c: Case, frame: Frame, lang: Lang, kind: FactKind): FoundFact | undefined {
  let found: FoundFact | undefined;
  let top = 0;
  (c.facts?.answers ?? []).forEach((fact, i) => {
    if (!fact.ask.includes(kind)) return;
    const s = score(fact, frame, lang);
    if (s > top) {
      top = s;
      found = { id: `facts.answers.${i}`, fact };
    }
  });
  return found;
}

/** The fact that answers the frame, if the case has one. */
export function findFact(c: Case, frame: Frame, lang: Lang): FoundFact | undefined {
  if (!isFactKind(frame.kind)) return undefined;
  const neighbour = NEIGHBOURS[frame.kind];
  return best(c, frame, lang, frame.kind) ?? (neighbour ? best(c, frame, lang, neighbour) : undefined);
}

/** The turn invites the case's core barrier (names it, or asks what holds the client back). */
export function invitesBarrier(c: Case, frame: Frame, lang: Lang): boolean {
  const keys = c.facts?.barrier.keys[lang] ?? [];
  return keys.some((k) => matchesKeyword(frame.target, k));
}
