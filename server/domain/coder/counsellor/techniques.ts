/** Techniques for evoking change talk, marked on questions and reflections (and permission on any code). */

import type { Lexicon } from '../lexicon/types.js';
import type { Technique } from '../types.js';
import type { Candidate } from './candidate.js';

const EVOKING_CODES = new Set([
  'QUESTION_OPEN',
  'QUESTION_CLOSED',
  'SIMPLE_REFLECTION',
  'COMPLEX_REFLECTION',
]);

type Cue = readonly [Technique, (lex: Lexicon) => RegExp];
const CUES: readonly Cue[] = [
  ['scalingQuestion', (l) => l.scaling],
  ['exploringDiscrepancy', (l) => l.discrepancy],
  ['lookingForward', (l) => l.lookingForward],
  ['lookingBack', (l) => l.lookingBack],
  ['values', (l) => l.values],
  ['askingViaAmbivalence', (l) => l.ambivalence],
];

export function techniquesOf(text: string, best: Candidate, lex: Lexicon): Technique[] {
  const out: Technique[] = [];
  if (lex.permission.test(text)) out.push('askingPermission');
  if (!EVOKING_CODES.has(best.code)) return out;
  if (best.reason === 'complexSummary') out.push('summary');
  if (best.reason === 'complexDoubleSided' || lex.doubleSided.test(text)) {
    if (best.code === 'COMPLEX_REFLECTION') out.push('doubleSidedReflection');
  }
  for (const [technique, re] of CUES) if (re(lex).test(text)) out.push(technique);
  if (best.code === 'QUESTION_OPEN' && (lex.evoking.test(text) || out.length > 0))
    out.push('evokingQuestion');
  return out;
}
