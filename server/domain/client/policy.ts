/**
 * The reply policy: from the client's state (already moved by this turn) and the coded counsellor turn, decide
 * what the client does. No words are chosen here; see realise.ts.
 */

import type { Case } from '../cases/schema.js';
import { closedInFormOnly } from '../coder/double-coding.js';
import type { CounsellorCoding } from '../coder/types.js';
import type { Lang } from '../codes.js';
import { barrierAnswer, factAnswer, reflectionAnswer } from './answer.js';
import { scalingKind } from './cues.js';
import { type Frame, readFrame } from './frame.js';
import type { Intent, Polarity, Reaction } from './intent.js';
import { chance, type Rng } from './rng.js';
import { isMobilising } from './stage.js';
import type { ClientState } from './state.js';
import { type ReplyContext, substance } from './substance.js';
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
export { changeTalkChance, type ReplyContext, substance } from './substance.js';

function closedPolarity(state: ClientState, rng: Rng): Polarity {
  const yes = 0.2 + 0.04 * state.importance - 0.03 * state.discord;
  const roll = rng.next();
  if (roll < yes) return 'yes';
  return roll < yes + 0.4 ? 'no' : 'unsure';
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
    default:
      return undefined;
  }
}

/** Kinds of turn a short yes / no / unsure fits; a question word ("when", "who"…) never gets a bare yes or no. */
const CLOSED_FRAMES: ReadonlySet<Frame['kind']> = new Set(['yesNo', 'statement', 'reflection']);

/** A closed question answered from the closed-answer pools. */
function closedIntent(ctx: ReplyContext, frame: Frame): Intent | undefined {
  // "May I tell you…?" and "On a scale…?" are closed in form but have their own answers.
  if (closedInFormOnly(ctx.coding) && frame.kind !== 'yesNo') return undefined;
  // A yes/no question gets a yes or no even when the coder heard it as open ("har du prøvd … før").
  if (ctx.coding.code !== 'QUESTION_CLOSED' && frame.kind !== 'yesNo') return undefined;
  if (!CLOSED_FRAMES.has(frame.kind)) return undefined;
  return { kind: 'answerClosed', polarity: closedPolarity(ctx.state, ctx.rng) };
}

function scalingIntent(ctx: ReplyContext): Intent {
  const which = scalingKind(matchTarget(ctx.counsellorText), ctx.lang);
  const value = Math.round(which === 'confidence' ? ctx.state.confidence : ctx.state.importance);
  return { kind: 'scaling', which, value };
}

/** Answers to MI-consistent moves that have their own reaction pool. */
function consistentIntent(ctx: ReplyContext, frame: Frame): Intent | undefined {
  const { coding, state } = ctx;
  if (coding.techniques.includes('askingPermission') || frame.kind === 'permission') {
    return state.permissionGiven ? { kind: 'react', reaction: 'permissionAsked' } : { kind: 'pushBack' };
  }
  if (coding.techniques.includes('scalingQuestion') || frame.kind === 'scaling') return scalingIntent(ctx);
  if (coding.code === 'AFFIRM') return react(ctx, 'affirmation');
  if (coding.code === 'EMPHASIZING_AUTONOMY') return react(ctx, 'autonomy');
  if (coding.techniques.includes('summary')) return react(ctx, 'summary');
  const unclear = frame.kind === 'statement' || frame.kind === 'reflection';
  if (
    coding.code === 'OTHER' &&
    unclear &&
    raisedPetals(ctx.case, ctx.lang, ctx.counsellorText).length === 0
  ) {
    return { kind: 'react', reaction: 'confused' };
  }
  return undefined;
}

/** A direct question gets its answer first, even from a client who is fed up: a fact, or yes / no. */
function answered(ctx: ReplyContext, frame: Frame): Intent | undefined {
  return factAnswer(ctx, frame) ?? closedIntent(ctx, frame);
}

/** How the client takes the rest: guarded at level 1, the barrier when invited, reflections tested. */
function framed(ctx: ReplyContext, frame: Frame): Intent | undefined {
  if (ctx.state.exploration === 1 && chance(ctx.rng, AVOID_CHANCE_AT_LEVEL_1))
    return { kind: 'react', reaction: 'avoid' };
  return barrierAnswer(ctx, frame) ?? reflectionAnswer(ctx, frame);
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
  const frame = readFrame(counsellorText, lang, coding);
  const answer = answered(ctx, frame);
  if (answer) return answer;
  if (state.discord >= PUSHBACK_DISCORD)
    return chance(rng, 0.5) ? { kind: 'pushBack' } : { kind: 'sustainTalk' };
  const taken = framed(ctx, frame);
  if (taken) return taken;
  const consistent = consistentIntent(ctx, frame);
  if (consistent) return consistent;
  if (readyForStep(state) && (coding.code === 'SEEKING_COLLABORATION' || coding.code === 'QUESTION_OPEN')) {
    return { kind: 'agreeStep' };
  }
  return substance(ctx);
}
