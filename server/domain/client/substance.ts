/**
 * The substance of an answer: change talk, a personal area at the current depth, or the other side (sustain
 * talk or the case's core barrier). Real ambivalence: however well the talk goes, a client who has voiced much
 * more change talk than sustain talk comes back to the other side now and then (Magill 2014: MI-consistent
 * counselling raises the share of change talk; it does not remove sustain talk).
 */
import type { Case } from '../cases/schema.js';
import type { CounsellorCoding } from '../coder/types.js';
import type { Lang, Petal } from '../codes.js';
import { cuedDarn } from './cues.js';
import { chooseDarn } from './darn.js';
import type { ChangeTalkIntent, FollowUp } from './intent.js';
import { chance, pick, type Rng } from './rng.js';
import type { ClientState } from './state.js';
import { matchTarget, raisedPetals } from './topics.js';

export const MIN_CHANGE_CHANCE = 0.05;
export const MAX_CHANGE_CHANCE = 0.8;
/** Above this share of change talk said so far, the other side pulls back. */
export const AMBIVALENCE_SHARE = 0.58;
/** How hard it pulls per step of share above AMBIVALENCE_SHARE, and at most. */
export const HOLD_BACK_SLOPE = 2.5;
export const MAX_HOLD_BACK = 0.65;
/** The core barrier is only told to a counsellor the client trusts this much. */
export const TRUST_FOR_BARRIER = 4;

export interface ReplyContext {
  state: ClientState;
  coding: CounsellorCoding;
  counsellorText: string;
  case: Case;
  lang: Lang;
  rng: Rng;
}

/** How likely the client answers with change talk: importance and trust draw it, discord holds it back. */
export function changeTalkChance(state: ClientState, coding: CounsellorCoding): number {
  const codeBonus: Partial<Record<CounsellorCoding['code'], number>> = {
    COMPLEX_REFLECTION: 0.2,
    QUESTION_OPEN: 0.1,
    SIMPLE_REFLECTION: 0.05,
    SEEKING_COLLABORATION: 0.1,
  };
  const evoking = coding.techniques.some((t) => t !== 'askingPermission' && t !== 'summary') ? 0.15 : 0;
  const p =
    0.05 +
    0.05 * state.importance +
    0.03 * state.trust -
    0.08 * state.discord +
    0.04 * (state.exploration - 1) +
    (codeBonus[coding.code] ?? 0) +
    evoking;
  return Math.min(MAX_CHANGE_CHANCE, Math.max(MIN_CHANGE_CHANCE, p));
}

/** How likely the other side comes back now: zero until change talk clearly outweighs sustain talk. */
export function holdBackChance(state: ClientState): number {
  // What the client was heard to say when known; else what it meant to say.
  const change = state.heard?.change ?? state.said.changeTalk.length;
  const sustain = state.heard?.sustain ?? state.said.sustainTalk;
  const share = change / (change + sustain + 1);
  return Math.min(MAX_HOLD_BACK, Math.max(0, (share - AMBIVALENCE_SHARE) * HOLD_BACK_SLOPE));
}

function petalFor(ctx: ReplyContext): Petal {
  const raised = raisedPetals(ctx.case, ctx.lang, ctx.counsellorText);
  const open = ctx.state.openPetals;
  return pick(ctx.rng, raised) ?? open[open.length - 1] ?? 'problems';
}

export function changeTalk(ctx: ReplyContext): ChangeTalkIntent {
  const cued = cuedDarn(matchTarget(ctx.counsellorText), ctx.lang);
  return { kind: 'changeTalk', darn: chooseDarn(ctx.state, ctx.coding.techniques, cued) };
}

/** The other side: the core barrier once there is trust enough and it is still unsaid, else sustain talk. */
export function otherSide(ctx: ReplyContext): FollowUp {
  const { state } = ctx;
  const told = state.barrierTold ?? 0;
  const lines = ctx.case.facts?.barrier.lines.length ?? 0;
  return state.trust >= TRUST_FOR_BARRIER && told < lines ? { kind: 'barrier' } : { kind: 'sustainTalk' };
}

export function substance(ctx: ReplyContext): FollowUp {
  const { state, rng } = ctx;
  if (chance(rng, holdBackChance(state))) return otherSide(ctx);
  if (chance(rng, changeTalkChance(state, ctx.coding))) return changeTalk(ctx);
  const elaborateChance = 0.25 + 0.15 * (state.exploration - 1);
  if (chance(rng, elaborateChance)) {
    const intent = { kind: 'elaborate', petal: petalFor(ctx), depth: state.exploration } as const;
    return state.exploration >= 4 && chance(rng, 0.5) ? { ...intent, followUp: changeTalk(ctx) } : intent;
  }
  return { kind: 'sustainTalk' };
}
