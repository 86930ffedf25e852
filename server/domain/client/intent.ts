/**
 * What the client does next, decided from its state and the coded counsellor turn, before any words are chosen.
 * The embedded realiser (realise.ts) and the later LLM engine both put the same Intent into words.
 */
import type { FactKind } from '../cases/facts.js';
import type { DarnCat, ExplorationLevel, Petal } from '../codes.js';

/** The case's reaction pools (reactions.* in the case file) an intent can draw on. */
export type Reaction =
  | 'confrontation'
  | 'unsolicitedAdvice'
  | 'affirmation'
  | 'permissionAsked'
  | 'autonomy'
  | 'summary'
  | 'informationReceived'
  | 'avoid'
  | 'confused'
  | 'closing';

export type Polarity = 'yes' | 'no' | 'unsure';
export type ScalingKind = 'importance' | 'confidence' | 'whyNotLower';

export interface ChangeTalkIntent {
  kind: 'changeTalk';
  darn: DarnCat;
}
export interface SustainTalkIntent {
  kind: 'sustainTalk';
}
export interface ElaborateIntent {
  kind: 'elaborate';
  petal: Petal;
  depth: ExplorationLevel;
  /** At high exploration the client goes on from the personal area into change talk. */
  followUp?: ChangeTalkIntent;
}

/** The case's core barrier (facts.barrier): sustain talk that is personal and specific. */
export interface BarrierIntent {
  kind: 'barrier';
}

/** What may follow a reaction in the same reply, for longer answers at higher exploration. */
export type FollowUp = ChangeTalkIntent | SustainTalkIntent | ElaborateIntent | BarrierIntent;

/**
 * A factual question answered first (a time for "when", an amount for "how many"…), from the case's facts or,
 * when the case has none, an in-character "I don't know"; then what the state meant to say, if anything.
 */
export interface AnswerIntent {
  kind: 'answer';
  ask: FactKind;
  /** The fact's id (`facts.answers.N`), or null for the case's "don't know" line of this kind. */
  fact: string | null;
  next?: FollowUp;
}

/** A reflection tested: confirmed and gone on from, or corrected when it overshoots. */
export interface ReflectedIntent {
  kind: 'reflected';
  fit: 'confirm' | 'correct';
  next?: FollowUp;
}

export type Intent =
  | ChangeTalkIntent
  | SustainTalkIntent
  | ElaborateIntent
  | BarrierIntent
  | AnswerIntent
  | ReflectedIntent
  | { kind: 'answerClosed'; polarity: Polarity }
  | { kind: 'pushBack' }
  | { kind: 'agreeStep' }
  | { kind: 'scaling'; which: ScalingKind; value: number }
  | { kind: 'react'; reaction: Reaction; followUp?: FollowUp };

export type IntentKind = Intent['kind'];

/** Which way an intent leans, so its words can be checked against what the coder will show the user. */
export type Leaning = 'change' | 'sustain' | 'any';

export function leaningOf(intent: Intent): Leaning {
  switch (intent.kind) {
    case 'changeTalk':
    case 'agreeStep':
      return 'change';
    case 'sustainTalk':
    case 'pushBack':
    case 'barrier':
      return 'sustain';
    case 'answer':
      return intent.next ? leaningOf(intent.next) : 'any';
    case 'reflected':
      if (intent.fit === 'correct') return 'sustain';
      return intent.next ? leaningOf(intent.next) : 'any';
    case 'answerClosed':
      // "No" and "I don't know" are never a step towards change.
      return intent.polarity === 'yes' ? 'any' : 'sustain';
    case 'scaling':
      return intent.which === 'whyNotLower' ? 'change' : 'any';
    case 'react':
      return intent.reaction === 'confrontation' ||
        intent.reaction === 'unsolicitedAdvice' ||
        intent.reaction === 'avoid'
        ? 'sustain'
        : 'any';
    case 'elaborate':
      return 'any';
  }
}
