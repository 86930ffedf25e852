/**
 * How the client's state moves with a coded counsellor turn. Pure: returns a new state. The step sizes live
 * in deltas.ts; here they are scaled by the preset, slowed near the top of each scale (the last steps of
 * opening up take longer than the first) and capped by what the relationship allows.
 */

import type { PresetSettings } from '../cases/schema.js';
import type { CounsellorCoding } from '../coder/types.js';
import type { Petal } from '../codes.js';
import { type Delta, INCONSISTENT, scaleDelta, turnDelta } from './deltas.js';
import { advanceStage } from './stage.js';
import {
  type ClientState,
  clamp,
  EXPLORATION_MAX,
  EXPLORATION_MIN,
  levelOf,
  round1,
  SCALE_MAX,
  SCALE_MIN,
} from './state.js';

/** At or above this discord the client stays guarded: exploration cannot pass level 2. */
export const DISCORD_GUARDED = 4;
export const GUARDED_MAX_LEVEL = 2;
/** Below this trust the client does not go past level 3. */
export const TRUST_FOR_DEPTH = 4;
export const SHALLOW_MAX_LEVEL = 3;
/** How far into the ceiling level the score may go (scores are kept to one decimal). */
const CEILING_HEADROOM = 0.9;
/** Above this discord the client will not give permission. */
export const DISCORD_REFUSES_PERMISSION = 6;
/** Gains near the top of a 0..10 scale are this fraction of gains at the bottom. */
export const SCALE_TOP_GAIN = 0.2;

export interface TurnInfo {
  /** Petals whose keywords the counsellor's turn raised. */
  raisedPetals: Petal[];
  /** The turn raised a plan or a concrete step (frame.ts): lines that presuppose one may now be said. */
  planRaised?: boolean;
}

/** The deepest level the relationship allows right now. */
export function explorationCeiling(trust: number, discord: number): number {
  if (discord >= DISCORD_GUARDED) return GUARDED_MAX_LEVEL;
  if (trust < TRUST_FOR_DEPTH) return SHALLOW_MAX_LEVEL;
  return EXPLORATION_MAX;
}

/** Positive gains shrink as the value nears the top of its scale; losses are never softened. */
function damp(gain: number, value: number, min: number, max: number): number {
  if (gain <= 0) return gain;
  const room = (max - value) / (max - min);
  return gain * (SCALE_TOP_GAIN + (1 - SCALE_TOP_GAIN) * room);
}

export function dampDelta(delta: Delta, s: ClientState): Delta {
  return {
    importance: damp(delta.importance, s.importance, SCALE_MIN, SCALE_MAX),
    confidence: damp(delta.confidence, s.confidence, SCALE_MIN, SCALE_MAX),
    trust: delta.trust,
    discord: delta.discord,
    exploration: damp(delta.exploration, s.explorationScore, EXPLORATION_MIN, EXPLORATION_MAX + 1),
  };
}

const scale = (v: number) => round1(clamp(v, SCALE_MIN, SCALE_MAX));

function openPetals(open: readonly Petal[], raised: readonly Petal[]): Petal[] {
  return [...open, ...raised.filter((p, i) => !open.includes(p) && raised.indexOf(p) === i)];
}

function nextPermission(state: ClientState, coding: CounsellorCoding, discord: number): boolean {
  if (INCONSISTENT.has(coding.code)) return false;
  if (coding.techniques.includes('askingPermission') || coding.code === 'PERSUADE_WITH_PERMISSION') {
    return discord < DISCORD_REFUSES_PERMISSION;
  }
  return state.permissionGiven;
}

/** The state after the counsellor's coded turn (before the client replies). */
export function nextState(
  state: ClientState,
  coding: CounsellorCoding,
  info: TurnInfo,
  preset: Pick<PresetSettings, 'responsiveness' | 'sensitivity'>,
): ClientState {
  const raw = turnDelta(coding, state.permissionGiven, info.raisedPetals.length > 0);
  const delta = dampDelta(scaleDelta(raw, preset), state);
  const trust = scale(state.trust + delta.trust);
  const discord = scale(state.discord + delta.discord);
  // The score may sit anywhere inside the ceiling's level (2.9 is still level 2), so effort is not lost.
  const ceiling = explorationCeiling(trust, discord) + CEILING_HEADROOM;
  const explored = Math.min(state.explorationScore + delta.exploration, Math.max(ceiling, EXPLORATION_MIN));
  const explorationScore = round1(clamp(explored, EXPLORATION_MIN, EXPLORATION_MAX));
  const next: ClientState = {
    ...state,
    importance: scale(state.importance + delta.importance),
    confidence: scale(state.confidence + delta.confidence),
    trust,
    discord,
    explorationScore,
    exploration: levelOf(explorationScore),
    openPetals: openPetals(state.openPetals, info.raisedPetals),
    permissionGiven: nextPermission(state, coding, discord),
    planRaised: (state.planRaised ?? false) || (info.planRaised ?? false),
    turn: state.turn + 1,
  };
  return { ...next, stage: advanceStage(next) };
}
