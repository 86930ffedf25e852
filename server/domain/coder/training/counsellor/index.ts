/** The counsellor lines written as training data for the coder's model, per language (two batches each). */
import type { CounsellorCode, Lang } from '../../../codes.js';
import { TRAIN_DA } from './da.js';
import { TRAIN_DA_2 } from './da-2.js';
import { TRAIN_EN } from './en.js';
import { TRAIN_EN_2 } from './en-2.js';
import { TRAIN_NB } from './nb.js';
import { TRAIN_NB_2 } from './nb-2.js';

export type TrainingLine = readonly [CounsellorCode, string, string];

export const TRAINING_LINES: Record<Lang, readonly TrainingLine[]> = {
  nb: [...TRAIN_NB, ...TRAIN_NB_2],
  da: [...TRAIN_DA, ...TRAIN_DA_2],
  en: [...TRAIN_EN, ...TRAIN_EN_2],
};
