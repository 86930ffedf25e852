/**
 * The wording of tips, per language. A tip has several wordings so a session does not hear the same sentence
 * over and over; a wording may quote the moment: {said} is a few of the client's words, {you} the opening of the
 * counsellor's turn, {reflect} a reflection built from the client's last words. A wording whose quote is missing
 * is skipped, so every tip keeps at least one wording without placeholders.
 */
import type { CounsellorCode } from '../../codes.js';

export type TipKind = 'praise' | 'suggestion' | 'warning';

export interface TipTexts {
  kind: TipKind;
  wordings: readonly string[];
}

/** Moments that are not a code: the turn said nothing, was keyboard noise, only "ok", or left the topic. */
export const MOMENTS = ['empty', 'junk', 'minimal', 'offTopic'] as const;
export type Moment = (typeof MOMENTS)[number];

export interface FeedbackTexts {
  /** Per counsellor code; Other has no tip of its own (its moments below do). */
  codes: Record<Exclude<CounsellorCode, 'OTHER'>, TipTexts>;
  /** The client's change talk just before was left unanswered. */
  missedChangeTalk: TipTexts;
  /** A scaling question: closed in form, and how to use the number. */
  scaling: TipTexts;
  moments: Record<Moment, TipTexts>;
}
