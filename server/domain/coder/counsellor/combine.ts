/**
 * One code per utterance from the codes of its sentences. MITI codes the behaviour that matters most to the
 * conversation: MI-inconsistent behaviour first, then a question (what the client answers), then reflections;
 * several reflective sentences together are a complex reflection (a summary when long).
 */
import type { CounsellorCode } from '../../codes.js';
import type { Candidate } from './candidate.js';

const PRECEDENCE: Record<CounsellorCode, number> = {
  CONFRONT: 100,
  PERSUADE: 90,
  PERSUADE_WITH_PERMISSION: 85,
  SEEKING_COLLABORATION: 75,
  QUESTION_OPEN: 70,
  QUESTION_CLOSED: 69,
  AFFIRM: 62,
  COMPLEX_REFLECTION: 60,
  SIMPLE_REFLECTION: 59,
  EMPHASIZING_AUTONOMY: 55,
  GIVING_INFORMATION: 40,
  OTHER: 0,
};
const REFLECTIONS_FOR_COMPLEX = 2;
const SUMMARY_REFLECTIONS = 3;

function isReflection(c: Candidate): boolean {
  return c.code === 'SIMPLE_REFLECTION' || c.code === 'COMPLEX_REFLECTION';
}

/** Fillers and encouragers only count when nothing else was said. */
function substantive(cands: readonly Candidate[]): Candidate[] {
  const real = cands.filter((c) => c.reason !== 'backchannel' && c.reason !== 'empty');
  return real.length > 0 ? real : cands.slice(0, 1);
}

/** A reflection found only by the fallback rule yields to information that had a cue of its own. */
const WEAK_CONFIDENCE = 0.5;
const WEAK_REFLECTION = 35;

function precedence(c: Candidate): number {
  const weak =
    (c.code === 'SIMPLE_REFLECTION' || c.code === 'COMPLEX_REFLECTION') && c.confidence <= WEAK_CONFIDENCE;
  return weak ? WEAK_REFLECTION : PRECEDENCE[c.code];
}

/** Input next to an offer of choice ("Some people find X helps. See if it fits you.") is input with permission. */
function withPermission(real: readonly Candidate[], best: Candidate): Candidate {
  const input =
    (best.code === 'GIVING_INFORMATION' && best.confidence > WEAK_CONFIDENCE) || best.code === 'PERSUADE';
  const choice = real.some((c) => c.code === 'EMPHASIZING_AUTONOMY' || c.reason === 'persuadePermission');
  return input && choice ? { ...best, code: 'PERSUADE_WITH_PERMISSION', reason: 'persuadePermission' } : best;
}

export function combine(cands: readonly Candidate[]): Candidate {
  const real = substantive(cands);
  let best = real[0] as Candidate;
  for (const c of real) if (precedence(c) > precedence(best)) best = c;
  if (best.code === 'PERSUADE_WITH_PERMISSION' || best.code === 'EMPHASIZING_AUTONOMY') {
    const input = real.find(
      (c) => (c.code === 'GIVING_INFORMATION' && c.confidence > WEAK_CONFIDENCE) || c.code === 'PERSUADE',
    );
    if (input) return withPermission(real, input);
  }
  best = withPermission(real, best);
  const reflections = real.filter(isReflection);
  if (isReflection(best) && reflections.length >= REFLECTIONS_FOR_COMPLEX) {
    const reason = reflections.length >= SUMMARY_REFLECTIONS ? 'complexSummary' : best.reason;
    const complexReason =
      reason === 'simpleReflection' || reason === 'reflectiveQuestion' ? 'complexInference' : reason;
    return { ...best, code: 'COMPLEX_REFLECTION', reason: complexReason };
  }
  return best;
}
