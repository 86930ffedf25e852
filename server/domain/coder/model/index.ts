/**
 * The counsellor model on top of the rules, for typed conversation. A sure rule (TRUSTED_RULE) stands; for the
 * others the model, which sees the rules' verdict among its features, decides (with RULE_PRIOR as the rules'
 * head start in log-odds). Trained on the project's own lines (scripts/train-coder.ts); parsed on first use.
 */
import type { CounsellorCode } from '../../codes.js';
import type { Candidate } from '../counsellor/candidate.js';
import type { RuleDecision } from '../counsellor/index.js';
import type { Lexicon } from '../lexicon/types.js';
import { COUNSELLOR_WEIGHTS } from './counsellor-weights.js';
import { counsellorFeatures } from './features.js';
import { type LogisticModel, probabilities } from './logistic.js';
import { type PackedModel, unpack } from './packed.js';

/**
 * How much more likely (in log-odds) another code must be before the model overrules an unsure rule. Zero since a
 * validation split of the training lines did best without a head start for the rules (the rules' code is a feature).
 */
export const RULE_PRIOR = 0;
/**
 * A rule this sure has a specific cue ("may I…?", "what…?", a confrontation word) and is right nearly always
 * (89 of 93 in a validation split of the training lines, no worse than the model): it is not second-guessed.
 */
export const TRUSTED_RULE = 0.85;

let model: LogisticModel<CounsellorCode> | null = null;

function counsellorModel(): LogisticModel<CounsellorCode> {
  model ??= unpack(JSON.parse(COUNSELLOR_WEIGHTS) as PackedModel<CounsellorCode>);
  return model;
}

/**
 * The rules' candidate, or the model's code when it outweighs them by more than the prior. A sure rule stands.
 */
export function refineWith(
  m: LogisticModel<CounsellorCode>,
  d: RuleDecision,
  lex: Lexicon,
  prior = RULE_PRIOR,
): Candidate {
  if (m.labels.length === 0 || d.best.confidence >= TRUSTED_RULE) return d.best;
  const p = probabilities(m, counsellorFeatures(d, lex));
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  m.labels.forEach((label, i) => {
    const score = Math.log(p[i] as number) + (label === d.best.code ? prior : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const code = m.labels[best] as CounsellorCode;
  if (code === d.best.code) return d.best;
  return { ...d.best, code, confidence: p[best] as number, reason: 'model', cue: '' };
}

/** The same with the committed model (trained by `npm run train:coder`). */
export function refineWithModel(d: RuleDecision, lex: Lexicon): Candidate {
  return refineWith(counsellorModel(), d, lex);
}
