/** Reason templates: one short sentence per rule, in the coding language. */
import type { DarnCat } from '../../codes.js';
import type { Candidate, ReasonKey } from '../counsellor/candidate.js';

export type ClientReasonKey =
  | 'backchannel'
  | 'neutral'
  | 'answer'
  | 'negatedChange'
  | 'heldOff'
  | 'sustain'
  | 'thirdPerson'
  | 'reported'
  | 'hedge'
  | 'wording'
  | 'model'
  | DarnCat;

export interface ClientReasonArgs {
  cue: string;
  confidence: number;
}

export interface ReasonTexts {
  counsellor: Record<ReasonKey, (c: Candidate) => string>;
  client: Record<ClientReasonKey, (a: ClientReasonArgs) => string>;
}

export const pct = (x: number): number => Math.round(x * 100);
