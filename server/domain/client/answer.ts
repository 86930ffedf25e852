/**
 * The frame comes first: a factual question gets its fact (or an in-character "don't know"), a yes/no question
 * with a fact gets that fact's yes or no, a reflection is confirmed or corrected, and an invitation to talk about
 * what holds the client back gets the case's core barrier. Then what the state meant to say follows.
 */
import { closedInFormOnly } from '../coder/double-coding.js';
import { findFact, invitesBarrier, isFactKind } from './facts.js';
import type { Frame } from './frame.js';
import type { AnswerIntent, FollowUp, Intent } from './intent.js';
import { chance } from './rng.js';
import { otherSide, type ReplyContext, substance, TRUST_FOR_BARRIER } from './substance.js';

/** From this exploration level a factual answer is followed by more talk (unless the question was closed). */
export const ANSWER_FOLLOW_UP_LEVEL = 3;
/** An ambivalent client accepts absolutes ("you never want to…") only once importance is this high. */
export const IMPORTANCE_ACCEPTS_ABSOLUTES = 9;
/** After a reflection of its sustain talk the client mostly stays on that side for now: it feels heard. */
export const STAYS_AFTER_SUSTAIN_REFLECTION = 0.6;

const INCONSISTENT = new Set(['CONFRONT', 'PERSUADE']);

function closed(ctx: ReplyContext): boolean {
  return ctx.coding.code === 'QUESTION_CLOSED' && !closedInFormOnly(ctx.coding);
}

function afterAnswer(ctx: ReplyContext): FollowUp | undefined {
  if (closed(ctx) || ctx.state.exploration < ANSWER_FOLLOW_UP_LEVEL) return undefined;
  return substance(ctx);
}

/** A factual question: its fact, or the case's "don't know" for this kind. */
export function factAnswer(ctx: ReplyContext, frame: Frame): AnswerIntent | undefined {
  if (!isFactKind(frame.kind) || !ctx.case.facts) return undefined;
  const found = findFact(ctx.case, frame, ctx.lang);
  // A yes/no question the case has no fact for is answered from the closed-answer pools instead.
  if (frame.kind === 'yesNo' && !found) return undefined;
  const then = afterAnswer(ctx);
  const base: AnswerIntent = { kind: 'answer', ask: frame.kind, fact: found?.id ?? null };
  return then ? { ...base, next: then } : base;
}

/** The counsellor makes room for what holds the client back: the barrier, once there is trust enough. */
export function barrierAnswer(ctx: ReplyContext, frame: Frame): Intent | undefined {
  if (INCONSISTENT.has(ctx.coding.code) || !ctx.case.facts) return undefined;
  if (!invitesBarrier(ctx.case, frame, ctx.lang)) return undefined;
  if (ctx.state.trust < TRUST_FOR_BARRIER) return { kind: 'sustainTalk' };
  if (frame.kind === 'reflection' || frame.kind === 'summary')
    return { kind: 'reflected', fit: 'confirm', next: otherSide(ctx) };
  return otherSide(ctx);
}

/** A reflection or summary tested against where the client really is. */
export function reflectionAnswer(ctx: ReplyContext, frame: Frame): Intent | undefined {
  if (frame.kind !== 'reflection' && frame.kind !== 'summary') return undefined;
  const { state, rng } = ctx;
  if (frame.overstated && state.importance < IMPORTANCE_ACCEPTS_ABSOLUTES) {
    return { kind: 'reflected', fit: 'correct', next: otherSide(ctx) };
  }
  if (frame.kind === 'summary') return undefined;
  const heardSustain = state.lastLeaning === 'sustain' && chance(rng, STAYS_AFTER_SUSTAIN_REFLECTION);
  const then: FollowUp = heardSustain ? { kind: 'sustainTalk' } : substance(ctx);
  return { kind: 'reflected', fit: 'confirm', next: then };
}
