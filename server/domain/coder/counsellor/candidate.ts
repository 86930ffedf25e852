/** A rule's verdict on one sentence, before the sentences of an utterance are combined. */
import type { CounsellorCode } from '../../codes.js';

export const REASON_KEYS = [
  'empty',
  'backchannel',
  'openQuestion',
  'openRequest',
  'closedQuestion',
  'factQuestion',
  'orQuestion',
  'statementQuestion',
  'scalingQuestion',
  'permissionQuestion',
  'echoQuestion',
  'infoQuestion',
  'reflectiveQuestion',
  'simpleReflection',
  'shortReflection',
  'complexFeeling',
  'complexDoubleSided',
  'complexMeaning',
  'complexSummary',
  'complexInference',
  'affirm',
  'praise',
  'seek',
  'permission',
  'autonomy',
  'persuade',
  'adviceQuestion',
  'historyQuestion',
  'persuadePermission',
  'confront',
  'disguisedConfront',
  'verdict',
  'pushedFact',
  'information',
  'selfOrStructure',
  'ownVoice',
  'model',
  'other',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

export interface Candidate {
  code: CounsellorCode;
  confidence: number;
  reason: ReasonKey;
  /** The first words of the sentence, quoted in the reason. */
  start: string;
  /** Share of the client's words reused, 0..1, for reflection reasons. */
  overlap: number;
  /** A cue word that decided the rule, quoted in the reason. */
  cue: string;
}

const START_WORDS = 3;

export function candidate(
  code: CounsellorCode,
  confidence: number,
  reason: ReasonKey,
  core: string,
  extra: { overlap?: number; cue?: string } = {},
): Candidate {
  const start = core
    .split(/\s+/)
    .slice(0, START_WORDS)
    .join(' ')
    .replace(/[,.!?]+$/, '');
  return { code, confidence, reason, start, overlap: extra.overlap ?? 0, cue: extra.cue ?? '' };
}
