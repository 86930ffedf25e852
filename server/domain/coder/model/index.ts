/**
 * The counsellor and client models on top of the rules, for typed conversation. A sure counsellor rule
 * (TRUSTED_RULE) and a client turn with a cue stand; for the others the model, which sees the rules' verdict among
 * its features, decides (with RULE_PRIOR as the counsellor rules' head start in log-odds). Trained on the project's own lines (scripts/train-coder.ts); parsed on first use.
 */
import type { ClientCode, CounsellorCode } from '../../codes.js';
import type { ClientDecision } from '../client/index.js';
import type { Candidate } from '../counsellor/candidate.js';
import type { RuleDecision } from '../counsellor/index.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Utterance } from '../types.js';
import { clientFeatures } from './client-features.js';
import { CLIENT_WEIGHTS } from './client-weights.js';
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
let clientModel: LogisticModel<ClientCode> | null = null;

function counsellorModel(): LogisticModel<CounsellorCode> {
  model ??= unpack(JSON.parse(COUNSELLOR_WEIGHTS) as PackedModel<CounsellorCode>);
  return model;
}

/** The model's label and its probability, with `prior` log-odds of head start for the rules' label. */
function choose<L extends string>(
  m: LogisticModel<L>,
  features: readonly string[],
  rules: L,
  prior: number,
): { label: L; p: number } {
  const p = probabilities(m, features);
  const scores = m.labels.map((l, i) => Math.log(p[i] as number) + (l === rules ? prior : 0));
  const best = scores.indexOf(Math.max(...scores));
  return { label: m.labels[best] as L, p: p[best] as number };
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
  const { label: code, p } = choose(m, counsellorFeatures(d, lex), d.best.code, prior);
  if (code === d.best.code) return d.best;
  // A turn that apologises or takes a hard word back is repair: the model may not read it as Confront.
  if (code === 'CONFRONT' && lex.disowned.test(d.norm)) return d.best;
  return { ...d.best, code, confidence: p, reason: 'model', cue: '' };
}

/** The same with the committed model (trained by `npm run train:coder`). */
export function refineWithModel(d: RuleDecision, lex: Lexicon): Candidate {
  return refineWith(counsellorModel(), d, lex);
}

/**
 * Client decisions the model may overrule: those without a cue of their own. A cue ("I know I should…", "it helps
 * me relax") stands: letting the model overrule cues too scored a little higher on held-out conversation files
 * (macro-F1 0.664 against 0.628, rules alone 0.512) but turned textbook change talk into Neutral on a few words.
 */
const NO_CUE: ReadonlySet<ClientDecision['reason']> = new Set(['neutral', 'wording', 'answer']);

/**
 * The client model's code for a turn without a cue, with the rules' verdict among its features; change talk it
 * finds counts as a reason for change.
 */
export function refineClientWith(
  m: LogisticModel<ClientCode>,
  d: ClientDecision,
  features: string[],
): ClientDecision {
  if (m.labels.length === 0 || !NO_CUE.has(d.reason)) return d;
  const { label: code, p } = choose(m, features, d.code, 0);
  if (code === d.code) return d;
  const out: ClientDecision = { code, reason: 'model', cue: '', confidence: p };
  return code === 'CHANGE' ? { ...out, kind: 'reasons' } : out;
}

/** The same with the committed client model (trained by `npm run train:coder`). */
export function refineClientWithModel(
  d: ClientDecision,
  text: string,
  history: readonly Utterance[],
  lex: Lexicon,
): ClientDecision {
  clientModel ??= unpack(JSON.parse(CLIENT_WEIGHTS) as PackedModel<ClientCode>);
  return refineClientWith(clientModel, d, clientFeatures(d, text, history, lex));
}
