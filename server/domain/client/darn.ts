/**
 * Which kind of change talk the client offers: preparatory (desire, ability, reasons, need) while weighing it
 * up, mobilising (commitment, activation, taking steps) once preparing; nudged by what the counsellor asked and
 * varied so that the client does not say the same kind of thing twice in a row.
 */

import type { Technique } from '../coder/types.js';
import type { DarnCat } from '../codes.js';
import { isMobilising } from './stage.js';
import type { ClientState } from './state.js';

const PREPARATORY: DarnCat[] = ['desire', 'reasons', 'need', 'ability'];
const MOBILISING: DarnCat[] = ['commitment', 'activation', 'desire', 'ability'];
/** Below this confidence "I could…" does not come easily. */
export const CONFIDENCE_FOR_ABILITY = 4;

const TECHNIQUE_DARN: Partial<Record<Technique, DarnCat>> = {
  lookingForward: 'desire',
  values: 'reasons',
  exploringDiscrepancy: 'need',
  lookingBack: 'ability',
};

/** Candidates in order of preference, before variety is applied. */
function candidates(
  state: ClientState,
  techniques: readonly Technique[],
  cued: readonly DarnCat[],
): DarnCat[] {
  const base = isMobilising(state.stage) ? [...MOBILISING] : [...PREPARATORY];
  if (state.agreedStep) base.unshift('takingSteps');
  const fromTechniques = techniques
    .map((t) => TECHNIQUE_DARN[t])
    .filter((k): k is DarnCat => k !== undefined);
  const all = [...cued, ...fromTechniques, ...base];
  const unique = all.filter((k, i) => all.indexOf(k) === i);
  return state.confidence < CONFIDENCE_FOR_ABILITY ? unique.filter((k) => k !== 'ability') : unique;
}

/** The first candidate not among the last kinds said; the least-said one when all were said recently. */
export function chooseDarn(
  state: ClientState,
  techniques: readonly Technique[],
  cued: readonly DarnCat[],
  recentWindow = 2,
): DarnCat {
  const list = candidates(state, techniques, cued);
  const recent = state.said.changeTalk.slice(-recentWindow);
  const fresh = list.find((k) => !recent.includes(k));
  if (fresh) return fresh;
  const count = (k: DarnCat) => state.said.changeTalk.filter((s) => s === k).length;
  return [...list].sort((a, b) => count(a) - count(b))[0] ?? 'desire';
}
