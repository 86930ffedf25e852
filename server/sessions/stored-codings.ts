/**
 * Stored turns read back with their counsellor codings parsed: a session stored before a coding listed every
 * behaviour (`codes`) loads with its main code as the list, so its report counts as it did then.
 */
import { z } from 'zod';
import type { CodedUtterance } from '../domain/coder/types.js';
import type { PracticeTurn } from '../domain/practice/index.js';
import { StoredCounsellorCodingSchema } from '../protocol/domain-schemas.js';

const StoredTurnSchema = z.looseObject({
  counsellor: z.looseObject({ coding: StoredCounsellorCodingSchema }),
});

const StoredUtteranceSchema = z.union([
  z.looseObject({ speaker: z.literal('counsellor'), coding: StoredCounsellorCodingSchema }),
  z.looseObject({ speaker: z.literal('client') }),
]);

/** The rest of a turn is the practice domain's own shape, stored as it made it; only the coding changed since. */
export function storedTurns(turns: readonly unknown[]): PracticeTurn[] {
  return turns.map((t) => StoredTurnSchema.parse(t) as unknown as PracticeTurn);
}

export function storedUtterances(turns: readonly unknown[]): CodedUtterance[] {
  return turns.map((t) => StoredUtteranceSchema.parse(t) as unknown as CodedUtterance);
}
