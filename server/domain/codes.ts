/**
 * The closed vocabularies the whole product speaks: languages, MITI 4.2.1 counsellor codes (questions split
 * open/closed), client talk codes and DARN-CAT kinds. Everything else (coder, client engine, protocol, storage)
 * imports these instead of spelling strings again.
 */

export const LANGS = ['nb', 'da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const COUNSELLOR_CODES = [
  'QUESTION_OPEN',
  'QUESTION_CLOSED',
  'SIMPLE_REFLECTION',
  'COMPLEX_REFLECTION',
  'AFFIRM',
  'SEEKING_COLLABORATION',
  'EMPHASIZING_AUTONOMY',
  'GIVING_INFORMATION',
  'PERSUADE',
  'PERSUADE_WITH_PERMISSION',
  'CONFRONT',
  'OTHER',
] as const;
export type CounsellorCode = (typeof COUNSELLOR_CODES)[number];

/** Coarse groups of the evaluation format (shared/eval/README.md). */
export const COARSE_CODES = ['QUESTION', 'REFLECTION', 'INPUT', 'OTHER'] as const;
export type CoarseCode = (typeof COARSE_CODES)[number];

export const COARSE_OF: Record<CounsellorCode, CoarseCode> = {
  QUESTION_OPEN: 'QUESTION',
  QUESTION_CLOSED: 'QUESTION',
  SIMPLE_REFLECTION: 'REFLECTION',
  COMPLEX_REFLECTION: 'REFLECTION',
  GIVING_INFORMATION: 'INPUT',
  PERSUADE: 'INPUT',
  PERSUADE_WITH_PERMISSION: 'INPUT',
  AFFIRM: 'OTHER',
  SEEKING_COLLABORATION: 'OTHER',
  EMPHASIZING_AUTONOMY: 'OTHER',
  CONFRONT: 'OTHER',
  OTHER: 'OTHER',
};

/** How a counsellor code sits with MI: drives chip colours and feedback. */
export type MiConsistency = 'consistent' | 'neutral' | 'inconsistent';
export const MI_CONSISTENCY: Record<CounsellorCode, MiConsistency> = {
  QUESTION_OPEN: 'consistent',
  QUESTION_CLOSED: 'neutral',
  SIMPLE_REFLECTION: 'consistent',
  COMPLEX_REFLECTION: 'consistent',
  AFFIRM: 'consistent',
  SEEKING_COLLABORATION: 'consistent',
  EMPHASIZING_AUTONOMY: 'consistent',
  GIVING_INFORMATION: 'neutral',
  PERSUADE_WITH_PERMISSION: 'neutral',
  PERSUADE: 'inconsistent',
  CONFRONT: 'inconsistent',
  OTHER: 'neutral',
};

export const CLIENT_CODES = ['CHANGE', 'SUSTAIN', 'NEUTRAL'] as const;
export type ClientCode = (typeof CLIENT_CODES)[number];

/** DARN-CAT: preparatory (desire, ability, reasons, need) and mobilising (commitment, activation, taking steps). */
export const DARN_CAT = [
  'desire',
  'ability',
  'reasons',
  'need',
  'commitment',
  'activation',
  'takingSteps',
] as const;
export type DarnCat = (typeof DARN_CAT)[number];

/** The personally relevant areas a client can open up ("petals"). */
export const PETALS = ['problems', 'values', 'goals', 'relationships', 'selfPerception', 'feelings'] as const;
export type Petal = (typeof PETALS)[number];

export const STAGES = [
  'precontemplation',
  'contemplation',
  'preparation',
  'action',
  'maintenance',
  'relapse',
] as const;
export type Stage = (typeof STAGES)[number];

export const PRESETS = ['cooperative', 'ambivalent', 'resistant'] as const;
export type Preset = (typeof PRESETS)[number];

/** Self-exploration levels 1..5 (see DESIGN.md). */
export type ExplorationLevel = 1 | 2 | 3 | 4 | 5;
