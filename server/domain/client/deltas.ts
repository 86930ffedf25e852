/**
 * How much one coded counsellor turn moves the client, before the preset and the client's current position
 * scale it. Every step size is a named constant so the client's temperament is tuned in one place.
 */

import type { PresetSettings } from '../cases/schema.js';
import { closedInFormOnly, codesOf } from '../coder/double-coding.js';
import { type CounsellorCoding, EVOKING_TECHNIQUES, type Technique } from '../coder/types.js';
import type { CounsellorCode } from '../codes.js';

/** A change to the state's numbers; exploration is on the 1..5 score. */
export interface Delta {
  importance: number;
  confidence: number;
  trust: number;
  discord: number;
  exploration: number;
}

const ZERO: Delta = { importance: 0, confidence: 0, trust: 0, discord: 0, exploration: 0 };
const d = (partial: Partial<Delta>): Delta => ({ ...ZERO, ...partial });

/** MI-consistent moves: they deepen exploration, draw change talk and build trust. */
export const COMPLEX_REFLECTION_DELTA = d({
  exploration: 0.5,
  importance: 0.5,
  confidence: 0.2,
  trust: 0.5,
  discord: -1,
});
export const SIMPLE_REFLECTION_DELTA = d({ exploration: 0.25, importance: 0.2, trust: 0.3, discord: -0.5 });
export const OPEN_QUESTION_DELTA = d({ exploration: 0.35, importance: 0.3, confidence: 0.1, trust: 0.2 });
export const AFFIRM_DELTA = d({ trust: 1, confidence: 0.8, discord: -0.5, exploration: 0.15 });
export const AUTONOMY_DELTA = d({
  trust: 1,
  discord: -1,
  importance: 0.3,
  confidence: 0.2,
  exploration: 0.15,
});
export const COLLABORATION_DELTA = d({ trust: 0.7, discord: -0.5, confidence: 0.4, exploration: 0.15 });
export const INFORMATION_WITH_PERMISSION_DELTA = d({ importance: 0.4, confidence: 0.2 });
export const PERSUADE_WITH_PERMISSION_DELTA = d({ importance: 0.3 });
/** Closed questions invite short answers: exploration slips back a little. */
export const CLOSED_QUESTION_DELTA = d({ exploration: -0.3 });

/** MI-inconsistent moves: discord, lost trust, the client digs in (importance drops as they defend). */
export const CONFRONT_DELTA = d({ discord: 2.5, trust: -1.5, importance: -0.5, exploration: -0.8 });
export const PERSUADE_DELTA = d({ discord: 2, trust: -1, importance: -0.4, exploration: -0.6 });
export const UNASKED_INFORMATION_DELTA = d({ discord: 1, trust: -0.4, exploration: -0.3 });

/** Evoking techniques (scaling, looking forward, values, discrepancy…) add to an open question or reflection. */
export const EVOKING_TECHNIQUE_BONUS = d({ importance: 0.3, exploration: 0.15 });
/** Asking about past successes or strengths builds confidence. */
export const CONFIDENCE_TECHNIQUE_BONUS = d({ confidence: 0.4 });
export const SUMMARY_BONUS = d({ exploration: 0.25, trust: 0.3 });
export const PERMISSION_ASKED_DELTA = d({ trust: 0.5, discord: -0.5 });
/** Raising a petal (a personally relevant area) invites the client to go a little deeper. */
export const PETAL_RAISED_BONUS = d({ exploration: 0.1 });
/** Discord fades by itself while the counsellor stays MI-consistent. */
export const DISCORD_DECAY = 0.3;

/** The evoking techniques, and a double-sided reflection, which also invites the client to the change side. */
const EVOKING: ReadonlySet<Technique> = new Set([...EVOKING_TECHNIQUES, 'doubleSidedReflection']);
const CONFIDENCE_TECHNIQUES: ReadonlySet<Technique> = new Set(['lookingBack', 'scalingQuestion']);
export const INCONSISTENT: ReadonlySet<CounsellorCode> = new Set(['CONFRONT', 'PERSUADE']);

const BASE: Record<Exclude<CounsellorCode, 'GIVING_INFORMATION'>, Delta> = {
  COMPLEX_REFLECTION: COMPLEX_REFLECTION_DELTA,
  SIMPLE_REFLECTION: SIMPLE_REFLECTION_DELTA,
  QUESTION_OPEN: OPEN_QUESTION_DELTA,
  QUESTION_CLOSED: CLOSED_QUESTION_DELTA,
  AFFIRM: AFFIRM_DELTA,
  EMPHASIZING_AUTONOMY: AUTONOMY_DELTA,
  SEEKING_COLLABORATION: COLLABORATION_DELTA,
  PERSUADE_WITH_PERMISSION: PERSUADE_WITH_PERMISSION_DELTA,
  PERSUADE: PERSUADE_DELTA,
  CONFRONT: CONFRONT_DELTA,
  OTHER: ZERO,
};

function add(a: Delta, b: Delta): Delta {
  return {
    importance: a.importance + b.importance,
    confidence: a.confidence + b.confidence,
    trust: a.trust + b.trust,
    discord: a.discord + b.discord,
    exploration: a.exploration + b.exploration,
  };
}

/** The whole delta of one turn, before any scaling. */
export function turnDelta(coding: CounsellorCoding, permissionGiven: boolean, petalRaised: boolean): Delta {
  const { code, techniques } = coding;
  let delta =
    code === 'GIVING_INFORMATION'
      ? permissionGiven
        ? INFORMATION_WITH_PERMISSION_DELTA
        : UNASKED_INFORMATION_DELTA
      : BASE[codesOf(coding).includes('SEEKING_COLLABORATION') ? 'SEEKING_COLLABORATION' : code];
  const closedQuestion = code === 'QUESTION_CLOSED' && !closedInFormOnly(coding);
  const consistent = !INCONSISTENT.has(code) && !closedQuestion;
  if (consistent && techniques.some((t) => EVOKING.has(t))) delta = add(delta, EVOKING_TECHNIQUE_BONUS);
  if (consistent && techniques.some((t) => CONFIDENCE_TECHNIQUES.has(t)))
    delta = add(delta, CONFIDENCE_TECHNIQUE_BONUS);
  if (techniques.includes('summary')) delta = add(delta, SUMMARY_BONUS);
  if (techniques.includes('askingPermission')) delta = add(delta, PERMISSION_ASKED_DELTA);
  if (consistent && petalRaised) delta = add(delta, PETAL_RAISED_BONUS);
  if (consistent && delta.discord >= 0) delta = add(delta, d({ discord: -DISCORD_DECAY }));
  return delta;
}

/** Gains scale with responsiveness; harm (lost trust, discord, retreat) scales with sensitivity. */
export function scaleDelta(
  delta: Delta,
  preset: Pick<PresetSettings, 'responsiveness' | 'sensitivity'>,
): Delta {
  const up = preset.responsiveness;
  const down = preset.sensitivity;
  return {
    importance: delta.importance * (delta.importance >= 0 ? up : down),
    confidence: delta.confidence * (delta.confidence >= 0 ? up : down),
    trust: delta.trust * (delta.trust >= 0 ? up : down),
    discord: delta.discord * (delta.discord >= 0 ? down : up),
    exploration: delta.exploration * (delta.exploration >= 0 ? up : down),
  };
}
