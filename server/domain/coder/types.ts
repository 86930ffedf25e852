/**
 * The coder's public types. The client engine, the scores, the protocol and storage use these; the coder's
 * internals (lexicons, rules, models) stay behind `createCoder`.
 */
import type { ClientCode, CounsellorCode, DarnCat, Lang } from '../codes.js';

export type Speaker = 'counsellor' | 'client';

/** Typed chat, or transcribed speech (register.ts tells them apart). */
export type Register = 'typed' | 'transcribed';

/** One utterance of the conversation so far, oldest first. */
export interface Utterance {
  speaker: Speaker;
  text: string;
}

/** Techniques for evoking change talk (and summaries) the coder recognises in a counsellor turn. */
export const TECHNIQUES = [
  'summary',
  'scalingQuestion',
  'exploringDiscrepancy',
  'lookingForward',
  'lookingBack',
  'values',
  'askingViaAmbivalence',
  'askingPermission',
  'doubleSidedReflection',
  'evokingQuestion',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** The techniques for evoking change talk (DESIGN.md): the scores credit them and the client answers them. */
export const EVOKING_TECHNIQUES: readonly Technique[] = [
  'scalingQuestion',
  'exploringDiscrepancy',
  'lookingForward',
  'lookingBack',
  'values',
  'askingViaAmbivalence',
  'evokingQuestion',
];

export interface CounsellorCoding {
  /** The turn's main behaviour: the one that matters most to the conversation (counsellor/combine.ts). */
  code: CounsellorCode;
  /**
   * Every behaviour of the turn in order, as MITI 4.2.1 counts them (behaviours.ts): a reflection then a question
   * is [reflection, question]; a permission question is also Seek. Holds `code`; never empty.
   */
  codes: CounsellorCode[];
  /** 0..1 */
  confidence: number;
  /** Short, human-readable, in the coding language: "starts with 'Så du…' and restates the client's words". */
  reason: string;
  techniques: Technique[];
  lang: Lang;
}

export interface ClientCoding {
  code: ClientCode;
  /** The DARN-CAT kind when code is CHANGE (and the sustain-talk counterpart when SUSTAIN, if recognisable). */
  kind?: DarnCat;
  confidence: number;
  reason: string;
  lang: Lang;
}

export interface CodingContext {
  /** The conversation so far, oldest first, not including the utterance being coded. */
  history: readonly Utterance[];
  /** Language when known; detected when absent. */
  lang?: Lang;
  /** The target behaviour in the coding language ("stop smoking"), to judge change vs sustain talk. */
  targetBehaviour?: string;
  /** Typed chat or transcribed speech; judged from the history when absent (register.ts). */
  register?: Register;
}

export interface Coder {
  codeCounsellor(text: string, ctx: CodingContext): CounsellorCoding;
  codeClient(text: string, ctx: CodingContext): ClientCoding;
}

/** One utterance with its coding: what a coded transcript is made of. */
export type CodedUtterance =
  | { speaker: 'counsellor'; text: string; coding: CounsellorCoding }
  | { speaker: 'client'; text: string; coding: ClientCoding };
