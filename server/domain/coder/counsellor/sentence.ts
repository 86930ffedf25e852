/**
 * The decision list for one sentence. Order matters and follows MITI 4.2.1 precedence: MI-inconsistent
 * behaviour is coded even when wrapped in a question ("Have you tried just stopping?" is Persuade), permission
 * and autonomy outrank the question form, and reflections are judged against the client's last words.
 */
import type { Lexicon } from '../lexicon/types.js';
import { tokens } from '../text.js';
import { type Candidate, candidate } from './candidate.js';
import { type ClientEcho, type ClientWords, echo, type SentenceFeatures, strongStart } from './features.js';
import { classifyQuestion, isOpenRequest } from './question.js';
import { classifyReflection, looksLikeReflection } from './reflection.js';

const HIGH = 0.85;
const MEDIUM = 0.7;
const LOW = 0.5;
/** Below this many words a statement with no other cue is a minimal encourager or chat, coded Other. */
const SHORT_STATEMENT = 5;

export interface SentenceContext {
  lex: Lexicon;
  client: ClientWords | null;
  /** The counsellor asked permission last turn and the client agreed, or the client asked for input. */
  permitted: boolean;
}

type Rule = (f: SentenceFeatures, e: ClientEcho, c: SentenceContext) => Candidate | null;

const hit = (re: RegExp, text: string): string | null => re.exec(text)?.[0] ?? null;

const backchannel: Rule = (f, _e, { lex }) =>
  f.tokenCount === 0 || lex.backchannel.test(f.text) ? candidate('OTHER', HIGH, 'backchannel', f.text) : null;

const confront: Rule = (f, _e, { lex }) => {
  const cue = hit(lex.confront, f.core);
  return cue ? candidate('CONFRONT', MEDIUM, 'confront', f.core, { cue }) : null;
};

/** "You need to…" after the client said "I need to…" is a reflection of their need, not advice. */
const ECHOED_ADVICE = 0.5;

const persuade: Rule = (f, e, { lex, permitted }) => {
  const offered = hit(lex.conditionalAdvice, f.core);
  if (offered)
    return candidate('PERSUADE_WITH_PERMISSION', MEDIUM, 'persuadePermission', f.core, { cue: offered });
  const wrapped = lex.adviceQuestion.test(f.core);
  // Inside a real question "you should" is asked about, not told ("What do you think you should do?").
  const cue = wrapped || f.asks ? null : (hit(lex.persuade, f.core) ?? hit(lex.imperative, f.core));
  if (!wrapped && cue === null) return null;
  if (!wrapped && (strongStart(f, lex) || e.overlap >= ECHOED_ADVICE)) return null;
  if (permitted || lex.autonomy.test(f.core)) {
    return candidate('PERSUADE_WITH_PERMISSION', MEDIUM, 'persuadePermission', f.core, { cue: cue ?? '' });
  }
  return candidate('PERSUADE', MEDIUM, wrapped ? 'adviceQuestion' : 'persuade', f.core, { cue: cue ?? '' });
};

const seek: Rule = (f, _e, { lex }) => {
  const permission = hit(lex.permission, f.core);
  if (permission) return candidate('SEEKING_COLLABORATION', HIGH, 'permission', f.core, { cue: permission });
  // "What do you think about that?" is coded as the question it is; Seek is for statements like "let's…" and
  // questions that plan together ("Shall we work it out together?").
  if (f.asks && !lex.together.test(f.core)) return null;
  const cue = hit(lex.seek, f.core);
  return cue ? candidate('SEEKING_COLLABORATION', MEDIUM, 'seek', f.core, { cue }) : null;
};

const autonomy: Rule = (f, _e, { lex }) => {
  const cue = hit(lex.autonomy, f.core);
  return cue ? candidate('EMPHASIZING_AUTONOMY', MEDIUM, 'autonomy', f.core, { cue }) : null;
};

const question: Rule = (f, e, { lex }) => classifyQuestion(f, e, lex) ?? isOpenRequest(f, lex);

const affirm: Rule = (f, _e, { lex }) => {
  const cue = hit(lex.affirm, f.core);
  return cue ? candidate('AFFIRM', MEDIUM, 'affirm', f.core, { cue }) : null;
};

const praise: Rule = (f, _e, { lex }) =>
  lex.praise.test(f.core) ? candidate('OTHER', MEDIUM, 'praise', f.core) : null;

const reflection: Rule = (f, e, { lex, client }) => {
  const confidence = looksLikeReflection(f, e, lex);
  return confidence > 0 ? classifyReflection(f, e, client, lex, confidence) : null;
};

const structure: Rule = (f, _e, { lex }) =>
  lex.selfOrStructure.test(f.core) ? candidate('OTHER', MEDIUM, 'selfOrStructure', f.core) : null;

const information: Rule = (f, _e, { lex }) => {
  // "After all that, your body feels untrustworthy" names a feeling of the client: not information.
  if (lex.feelings.test(f.core) && tokens(f.core).some((t) => lex.secondPerson.has(t))) return null;
  const cue = hit(lex.information, f.core);
  return cue ? candidate('GIVING_INFORMATION', MEDIUM, 'information', f.core, { cue }) : null;
};

/**
 * A longer statement about the client with no other cue is, in MI conversations, nearly always a guess at
 * what the client means: a complex reflection. Without "you" or the client's words it is information.
 */
const statement: Rule = (f, e, { lex, client }) => {
  // A short phrase in the client's own words ("Too much pressure.") still reflects them.
  if (f.tokenCount < SHORT_STATEMENT && e.shared === 0) return null;
  const aboutClient = e.shared > 0 || tokens(f.core).some((t) => lex.secondPerson.has(t));
  return aboutClient
    ? classifyReflection(f, e, client, lex, LOW)
    : candidate('GIVING_INFORMATION', LOW, 'information', f.core);
};

const fallback: Rule = (f) => candidate('OTHER', LOW, 'other', f.core);

/** In precedence order; the first rule that fires codes the sentence. */
const RULES: readonly Rule[] = [
  backchannel,
  confront,
  persuade,
  seek,
  autonomy,
  question,
  affirm,
  praise,
  structure,
  reflection,
  information,
  statement,
  fallback,
];

export function classifySentence(f: SentenceFeatures, ctx: SentenceContext): Candidate {
  const e = echo(f, ctx.client, ctx.lex);
  for (const rule of RULES) {
    const c = rule(f, e, ctx);
    if (c) return c;
  }
  return candidate('OTHER', LOW, 'other', f.core);
}
