/**
 * The reply policy: from the client's state (already moved by this turn) and the coded counsellor turn, decide
 * what the client does. No words are chosen here; see realise.ts.
 */

import type { Case } from '../cases/schema.js';
import { closedInFormOnly } from '../coder/double-coding.js';
import type { CounsellorCoding } from '../coder/types.js';
import type { Lang, Petal } from '../codes.js';
import { cuedDarn, scalingKind } from './cues.js';
import { chooseDarn } from './darn.js';
import type { ChangeTalkIntent, FollowUp, Intent, Polarity, Reaction } from './intent.js';
import { chance, pick, type Rng } from './rng.js';
import { isMobilising } from './stage.js';
import type { ClientState } from './state.js';
import { matchTarget, raisedPetals } from './topics.js';

/** At or above this discord the client pushes back rather than answering. */
export const PUSHBACK_DISCORD = 7;
/** At level 1 the client mostly avoids. */
export const AVOID_CHANCE_AT_LEVEL_1 = 0.6;
/** From this level a reaction is followed by more talk in the same reply. */
export const FOLLOW_UP_LEVEL = 3;
/** Readiness needed before the client agrees to a concrete step. */
export const IMPORTANCE_FOR_STEP = 8;
export const CONFIDENCE_FOR_STEP = 7;
/** How often being argued with draws plain sustain talk rather than a reaction to the pushing. */
export const ARGUE_BACK_CHANCE = 0.5;
export const MIN_CHANGE_CHANCE = 0.05;
export const MAX_CHANGE_CHANCE = 0.8;

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

function closedPolarity(state: ClientState, rng: Rng): Polarity {
  const yes = 0.2 + 0.04 * state.importance - 0.03 * state.discord;
  const roll = rng.next();
  if (roll < yes) return 'yes';
  return roll < yes + 0.4 ? 'no' : 'unsure';
}

function petalFor(ctx: ReplyContext): Petal {
  const raised = raisedPetals(ctx.case, ctx.lang, ctx.counsellorText);
  const open = ctx.state.openPetals;
  return pick(ctx.rng, raised) ?? open[open.length - 1] ?? 'problems';
}

function changeTalk(ctx: ReplyContext): ChangeTalkIntent {
  const cued = cuedDarn(matchTarget(ctx.counsellorText), ctx.lang);
  return { kind: 'changeTalk', darn: chooseDarn(ctx.state, ctx.coding.techniques, cued) };
}

/** The substance of an answer: change talk, a personal area at the current depth, or sustain talk. */
export function substance(ctx: ReplyContext): FollowUp {
  const { state, rng } = ctx;
  if (chance(rng, changeTalkChance(state, ctx.coding))) return changeTalk(ctx);
  const elaborateChance = 0.25 + 0.15 * (state.exploration - 1);
  if (chance(rng, elaborateChance)) {
    const intent = { kind: 'elaborate', petal: petalFor(ctx), depth: state.exploration } as const;
    return state.exploration >= 4 && chance(rng, 0.5) ? { ...intent, followUp: changeTalk(ctx) } : intent;
  }
  return { kind: 'sustainTalk' };
}

function react(ctx: ReplyContext, reaction: Reaction): Intent {
  if (ctx.state.exploration < FOLLOW_UP_LEVEL) return { kind: 'react', reaction };
  return { kind: 'react', reaction, followUp: substance(ctx) };
}

function readyForStep(state: ClientState): boolean {
  return (
    !state.agreedStep &&
    isMobilising(state.stage) &&
    state.importance >= IMPORTANCE_FOR_STEP &&
    state.confidence >= CONFIDENCE_FOR_STEP
  );
}

/**
 * Arguing for change makes the client argue the other side (the righting reflex): either a reaction to being
 * pushed or plain sustain talk.
 */
function arguedWith(ctx: ReplyContext, reaction: Reaction): Intent {
  return chance(ctx.rng, ARGUE_BACK_CHANCE) ? { kind: 'sustainTalk' } : { kind: 'react', reaction };
}

/** Reactions to what the counsellor did, before the general answer. Undefined when none applies. */
function reactionIntent(ctx: ReplyContext): Intent | undefined {
  const { state, coding } = ctx;
  const angry = state.discord >= PUSHBACK_DISCORD;
  switch (coding.code) {
    case 'CONFRONT':
      return angry ? { kind: 'pushBack' } : arguedWith(ctx, 'confrontation');
    case 'PERSUADE':
      return angry ? { kind: 'pushBack' } : arguedWith(ctx, 'unsolicitedAdvice');
    case 'GIVING_INFORMATION':
    case 'PERSUADE_WITH_PERMISSION':
      if (state.permissionGiven) return react(ctx, 'informationReceived');
      return { kind: 'react', reaction: 'unsolicitedAdvice' };
    case 'QUESTION_CLOSED':
      // "May I tell you…?" and "On a scale…?" are closed in form but have their own answers.
      if (closedInFormOnly(coding)) return undefined;
      return { kind: 'answerClosed', polarity: closedPolarity(state, ctx.rng) };
    default:
      return undefined;
  }
}

function scalingIntent(ctx: ReplyContext): Intent {
  const which = scalingKind(matchTarget(ctx.counsellorText), ctx.lang);
  const value = Math.round(which === 'confidence' ? ctx.state.confidence : ctx.state.importance);
  return { kind: 'scaling', which, value };
}

/** Answers to MI-consistent moves that have their own reaction pool. */
function consistentIntent(ctx: ReplyContext): Intent | undefined {
  const { coding, state } = ctx;
  if (coding.techniques.includes('askingPermission')) {
    return state.permissionGiven ? { kind: 'react', reaction: 'permissionAsked' } : { kind: 'pushBack' };
  }
  if (coding.techniques.includes('scalingQuestion')) return scalingIntent(ctx);
  if (coding.code === 'AFFIRM') return react(ctx, 'affirmation');
  if (coding.code === 'EMPHASIZING_AUTONOMY') return react(ctx, 'autonomy');
  if (coding.techniques.includes('summary')) return react(ctx, 'summary');
  if (coding.code === 'OTHER' && raisedPetals(ctx.case, ctx.lang, ctx.counsellorText).length === 0) {
    return { kind: 'react', reaction: 'confused' };
  }
  return undefined;
}

export function decideReply(
  state: ClientState,
  coding: CounsellorCoding,
  counsellorText: string,
  c: Case,
  lang: Lang,
  rng: Rng,
): Intent {
  const ctx: ReplyContext = { state, coding, counsellorText, case: c, lang, rng };
  const reaction = reactionIntent(ctx);
  if (reaction) return reaction;
  if (state.discord >= PUSHBACK_DISCORD)
    return chance(rng, 0.5) ? { kind: 'pushBack' } : { kind: 'sustainTalk' };
  if (state.exploration === 1 && chance(rng, AVOID_CHANCE_AT_LEVEL_1))
    return { kind: 'react', reaction: 'avoid' };
  const consistent = consistentIntent(ctx);
  if (consistent) return consistent;
  if (readyForStep(state) && (coding.code === 'SEEKING_COLLABORATION' || coding.code === 'QUESTION_OPEN')) {
    return { kind: 'agreeStep' };
  }
  return substance(ctx);
}
