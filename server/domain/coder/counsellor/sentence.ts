/**
 * The decision list for one sentence. Order matters and follows MITI 4.2.1 precedence: MI-inconsistent
 * behaviour is coded even when wrapped in a question ("Have you tried just stopping?" is Persuade), permission
 * and autonomy outrank the question form, and reflections are judged against the client's last words.
 */
import type { Lexicon } from '../lexicon/types.js';
import { tokens } from '../text.js';
import { type Candidate, candidate } from './candidate.js';
import { disguised } from './disguise.js';
import { type ClientEcho, type ClientWords, echo, type SentenceFeatures, strongStart } from './features.js';
import { classifyQuestion, isOpenRequest } from './question.js';
import { classifyReflection, looksLikeReflection } from './reflection.js';

const HIGH = 0.85;
/** A rule with a cue of its own ("let's…", "you should…"). */
export const MEDIUM = 0.7;
const LOW = 0.5;
/** Below this many words a statement with no other cue is a minimal encourager or chat, coded Other. */
const SHORT_STATEMENT = 5;

export interface SentenceContext {
  lex: Lexicon;
  client: ClientWords | null;
  /** The counsellor asked permission last turn and the client agreed, or the client asked for input. */
  permitted: boolean;
  /** The client's last turn asked something: a verdict or a fact after it may be the answer. */
  clientAsked: boolean;
  /** The client's words a reflection would be built from (normalised), '' at the start. */
  clientText: string;
}

type Rule = (f: SentenceFeatures, e: ClientEcho, c: SentenceContext) => Candidate | null;

const hit = (re: RegExp, text: string): string | null => re.exec(text)?.[0] ?? null;

const backchannel: Rule = (f, _e, { lex }) =>
  f.tokenCount === 0 || lex.backchannel.test(f.text) ? candidate('OTHER', HIGH, 'backchannel', f.text) : null;

const saysYou = (f: SentenceFeatures, lex: Lexicon): boolean =>
  tokens(f.core).some((t) => lex.secondPerson.has(t));

const confront: Rule = (f, e, { lex }) => {
  // A hard word taken back in an apology ("Beklager, jeg mente ikke at du er avhengig") is repair.
  if (lex.disowned.test(f.text)) return null;
  const cue = hit(lex.confront, f.core);
  if (cue) return candidate('CONFRONT', MEDIUM, 'confront', f.core, { cue });
  // A label or blame pinned on "you" ("Du fornekter jo bare problemet") is Confront whatever the phrasing,
  // unless the counsellor is giving the client's own words back ("So you feel selfish").
  if (!saysYou(f, lex) || strongStart(f, lex) || e.overlap >= ECHOED_ADVICE) return null;
  // "Har du ikke prøvet at…?" suggests rather than blames: advice in a question (Persuade), not a label.
  if (lex.adviceQuestion.test(f.core)) return null;
  const label = hit(lex.labels, f.core);
  return label ? candidate('CONFRONT', LOW + 0.1, 'confront', f.core, { cue: label }) : null;
};

/** "You need to…" after the client said "I need to…" is a reflection of their need, not advice. */
const ECHOED_ADVICE = 0.5;

const persuade: Rule = (f, e, { lex, permitted }) => {
  const offered = hit(lex.conditionalAdvice, f.core);
  if (offered)
    return candidate('PERSUADE_WITH_PERMISSION', MEDIUM, 'persuadePermission', f.core, { cue: offered });
  const wrapped = lex.adviceQuestion.test(f.core);
  // "Have you tried cutting down before?" asks for history: a closed question, as sure as the advice it resembles
  // ("So you've tried to quit before" opens as a reflection and is not asked).
  const restated = !f.asks && (f.core !== f.text || strongStart(f, lex));
  if (wrapped && lex.askedHistory.test(f.core) && !restated)
    return candidate('QUESTION_CLOSED', HIGH, 'historyQuestion', f.core);
  // Inside a real question "you should" is asked about, not told ("What do you think you should do?").
  const cue = wrapped || f.asks ? null : (hit(lex.persuade, f.core) ?? hit(lex.imperative, f.core));
  if (!wrapped && cue === null) return null;
  if (!wrapped && (strongStart(f, lex) || e.overlap >= ECHOED_ADVICE)) return null;
  if (permitted || lex.autonomy.test(f.core)) {
    return candidate('PERSUADE_WITH_PERMISSION', MEDIUM, 'persuadePermission', f.core, { cue: cue ?? '' });
  }
  // Advice wrapped in a question ("Have you thought about just…?") has a cue of its own and is sure.
  return wrapped
    ? candidate('PERSUADE', HIGH, 'adviceQuestion', f.core, { cue: '' })
    : candidate('PERSUADE', MEDIUM, 'persuade', f.core, { cue: cue ?? '' });
};

/** A consequence held over "you" ("…, otherwise you could lose it") argues for change: Persuade. */
const warning: Rule = (f, e, { lex, permitted }) => {
  if (f.asks || strongStart(f, lex) || e.overlap >= ECHOED_ADVICE) return null;
  const cue = hit(lex.warning, f.core);
  if (!cue || !saysYou(f, lex)) return null;
  return permitted
    ? candidate('PERSUADE_WITH_PERMISSION', LOW + 0.1, 'persuadePermission', f.core, { cue })
    : candidate('PERSUADE', LOW + 0.1, 'persuade', f.core, { cue });
};

const seek: Rule = (f, _e, { lex }) => {
  const permission = hit(lex.permission, f.core);
  // "May I tell you what others have tried?" is a closed question that also seeks collaboration: coded as the
  // question (so R:Q counts it, as MITI coders do) and counted as Seek in the summary (technique askingPermission).
  if (permission && f.asks)
    return candidate('QUESTION_CLOSED', HIGH, 'permissionQuestion', f.core, { cue: permission });
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

/** A strength or effort named in "you" ("You've kept at it", "Du er modig") is an affirmation. */
const strengths: Rule = (f, _e, { lex }) => {
  if (f.asks || !saysYou(f, lex) || strongStart(f, lex)) return null;
  const cue = hit(lex.strengths, f.core);
  return cue ? candidate('AFFIRM', LOW + 0.1, 'affirm', f.core, { cue }) : null;
};

/** People in general ("Many people find…", "Research shows…") and no "you": information, not a reflection. */
const generic: Rule = (f, _e, { lex }) =>
  !f.asks && !saysYou(f, lex) && lex.generic.test(f.core)
    ? candidate('GIVING_INFORMATION', MEDIUM, 'information', f.core)
    : null;

const praise: Rule = (f, _e, { lex }) =>
  lex.praise.test(f.core) ? candidate('OTHER', MEDIUM, 'praise', f.core) : null;

/** "I hope you…", "We'll continue…": the counsellor's own voice, not a reading of the client. */
const speaksForSelf = (f: SentenceFeatures, lex: Lexicon): boolean =>
  lex.ownVoice.test(f.core) && !lex.ownVoiceReflection.test(f.core) && !strongStart(f, lex);

const reflection: Rule = (f, e, { lex, client }) => {
  if (speaksForSelf(f, lex)) return null;
  const confidence = looksLikeReflection(f, e, lex);
  return confidence > 0 ? classifyReflection(f, e, client, lex, confidence) : null;
};

const structure: Rule = (f, _e, { lex }) =>
  lex.selfOrStructure.test(f.core) ? candidate('OTHER', MEDIUM, 'selfOrStructure', f.core) : null;

const information: Rule = (f, _e, { lex }) => {
  // "After all that, your body feels untrustworthy" names a feeling of the client: not information.
  if (lex.feelings.test(f.core) && tokens(f.core).some((t) => lex.secondPerson.has(t))) return null;
  // "You said the doctor…", "You went for the check-up and…": the client's own account given back.
  if (lex.clientAccount.test(f.core)) return null;
  const cue = hit(lex.information, f.core) ?? hit(lex.topics, f.core);
  return cue ? candidate('GIVING_INFORMATION', MEDIUM, 'information', f.core, { cue }) : null;
};

/**
 * A longer statement about the client with no other cue is, in MI conversations, nearly always a guess at
 * what the client means: a complex reflection. Without "you" or the client's words it is information.
 */
/**
 * After a substantive client turn, a cue-less statement is more often the counsellor's reading of it than
 * information, unless the counsellor speaks in their own voice ("I", "we") or gives figures.
 */
const SUBSTANTIVE_CLIENT = 6;
const WE = new Set(['we', 'us', 'our', 'vi', 'oss', 'vår', 'vårt', 'våre', 'os', 'vores']);
const ownVoice = (f: SentenceFeatures, lex: Lexicon): boolean =>
  /\d/.test(f.core) || tokens(f.core).some((t) => lex.firstPerson.has(t) || WE.has(t));

/** A phrase broken off mid-word or mid-sentence ("You're-", "And then-") says too little to code. */
const CUT_OFF = /[-–—]$/u;

/**
 * A short phrase with a word of substance and no cue ("Discouraged.", "Too much, all at once.", "The gym.") gives
 * back a piece of what the client is talking about: a simple reflection. Courtesy ("Thanks, Natalie.") and a
 * phrase broken off are not.
 */
function shortPhrase(f: SentenceFeatures, lex: Lexicon): Candidate | null {
  if (f.content.length === 0 || f.asks || ownVoice(f, lex) || CUT_OFF.test(f.core)) return null;
  if (lex.courtesy.test(f.core)) return null;
  return candidate('SIMPLE_REFLECTION', LOW, 'shortReflection', f.core);
}

const statement: Rule = (f, e, { lex, client }) => {
  // A short phrase in the client's own words ("Too much pressure.") reflects them, and so does one of substance.
  if (f.tokenCount < SHORT_STATEMENT && e.shared === 0) return shortPhrase(f, lex);
  // Said to the client about the matter ("I hope you consider it") it is input; otherwise talk about the
  // counsellor or the session ("I'll plan to see you again").
  if (speaksForSelf(f, lex))
    return saysYou(f, lex)
      ? candidate('GIVING_INFORMATION', LOW, 'ownVoice', f.core)
      : candidate('OTHER', LOW, 'selfOrStructure', f.core);
  const aboutClient = e.shared > 0 || tokens(f.core).some((t) => lex.secondPerson.has(t));
  const afterClient = client !== null && client.stems.size >= SUBSTANTIVE_CLIENT && !ownVoice(f, lex);
  return aboutClient || afterClient
    ? classifyReflection(f, e, client, lex, LOW)
    : candidate('GIVING_INFORMATION', LOW, 'information', f.core);
};

const fallback: Rule = (f) => candidate('OTHER', LOW, 'other', f.core);

/** In precedence order; the first rule that fires codes the sentence. */
const RULES: readonly Rule[] = [
  backchannel,
  disguised,
  confront,
  persuade,
  warning,
  seek,
  autonomy,
  question,
  affirm,
  strengths,
  generic,
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
