/**
 * Questions: open when they invite a wide answer (what / how / why / tell me), closed when a yes/no, a fact or
 * a choice between options answers them. A statement with a question mark that restates the client is a
 * reflection said with rising intonation, not a question (MITI 4.2.1).
 */
import type { Lexicon } from '../lexicon/types.js';
import { type Candidate, candidate } from './candidate.js';
import { type ClientEcho, type SentenceFeatures, soOpening, strongStart } from './features.js';

const OPEN_CONFIDENCE = 0.85;
const CLOSED_CONFIDENCE = 0.8;
const REFLECTIVE_CONFIDENCE = 0.6;
/** A rising-intonation statement needs this much of the client's words to count as a reflection. */
const REFLECTIVE_MIN_OVERLAP = 0.25;
const SHORT_FRAGMENT = 8;
/** A short alternative at the end of a question: "…, X or Y?" (also eller). */
const CHOICE =
  /,[^,]{1,40}\s(?:or|eller)\s(?!(?:even|anything|something|whatever|so|not|other|noe|noget|andet|annet|sådan|sånn|så)(?![\p{L}]))[^,]{1,30}\?$/u;
const FRAGMENT_OVERLAP = 0.5;
/**
 * "Okay, so you…?" is as often a closed question as a reflection when short, but a long one restates: in the
 * AnnoMI transcripts 22 of 35 rising "so … you …" sentences of 13 words or more are coded as reflections
 * (MITI 4.2.1: a reflection said with rising intonation is still a reflection).
 */
const LONG_RESTATEMENT = 13;

/** The last clause often carries the question ("You said X, what would…?"). */
function lastClause(core: string): string {
  const parts = core.split(/[,;:]\s+|\s[-–]\s/);
  return (parts[parts.length - 1] ?? core).trim();
}

/** "When you're out with friends, …?" opens with a time clause, not a question word: the question comes after. */
const TIME_CLAUSE =
  /^(?:when|if|når|hvis)\s(?:you|you're|you've|we|they|your|du|dere|vi|de|din|dine|dit|jeres|i)\s[^?,]*,\s*\S/u;

function wideOrNarrow(text: string, lex: Lexicon): Candidate | null {
  if (TIME_CLAUSE.test(text)) return wideOrNarrow(text.slice(text.indexOf(',') + 1).trim(), lex);
  // "Where do you think we should go from here?" asks for the client's view, not a place.
  if (lex.factQuestion.test(text)) {
    // "How often do you think…?" still asks for a number.
    return lex.asksView.test(text) && !lex.quantityQuestion.test(text)
      ? candidate('QUESTION_OPEN', OPEN_CONFIDENCE, 'openQuestion', text)
      : candidate('QUESTION_CLOSED', CLOSED_CONFIDENCE, 'factQuestion', text);
  }
  if (lex.openQuestion.test(text)) {
    // "What would you prefer, walking or cycling?" offers a choice: closed.
    if (CHOICE.test(text)) return candidate('QUESTION_CLOSED', CLOSED_CONFIDENCE, 'orQuestion', text);
    return candidate('QUESTION_OPEN', OPEN_CONFIDENCE, 'openQuestion', text);
  }
  if (lex.closedQuestion.test(text)) {
    // "Could you tell me more about…?" and "Can I ask you, what…?" ask for a wide answer despite their yes/no form.
    if (
      lex.openRequest.test(text.replace(/^\S+\s+\S+\s+/, '')) ||
      lex.embeddedOpen.test(text) ||
      lex.invitesMore.test(text)
    ) {
      return candidate('QUESTION_OPEN', OPEN_CONFIDENCE, 'openRequest', text);
    }
    return candidate(
      'QUESTION_CLOSED',
      CLOSED_CONFIDENCE,
      / or /.test(text) ? 'orQuestion' : 'closedQuestion',
      text,
    );
  }
  return null;
}

/** Codes a sentence that ends in a question mark or opens with a question word. */
export function classifyQuestion(f: SentenceFeatures, e: ClientEcho, lex: Lexicon): Candidate | null {
  // Without a question mark, "What I hear is…" or "How hard that must be." are statements.
  if (!f.asks) return null;
  if (lex.infoQuestion.test(f.core))
    return candidate('GIVING_INFORMATION', REFLECTIVE_CONFIDENCE, 'infoQuestion', f.core);
  // "On a scale from 0 to 10, how important…?" asks for a number: closed (MITI 4.2.1, and expert coders of
  // AnnoMI agree); it is still marked as a scaling question, a technique for evoking change talk.
  if (lex.scaling.test(f.core) && !lex.scalingWhy.test(f.core))
    return candidate('QUESTION_CLOSED', CLOSED_CONFIDENCE, 'scalingQuestion', f.core);
  const direct = wideOrNarrow(f.core, lex);
  if (direct) return direct;
  // "Noe mer?", "Anything else you'd add?" in any form invite the client to go on.
  if (lex.invitesMore.test(f.core)) return candidate('QUESTION_OPEN', OPEN_CONFIDENCE, 'openRequest', f.core);
  // "So on that day, what went through your head?" asks, despite an opening that often starts a reflection.
  const clause = wideOrNarrow(lastClause(f.core), lex);
  if (clause?.code === 'QUESTION_OPEN') return clause;
  if (strongStart(f, lex)) {
    return candidate('SIMPLE_REFLECTION', REFLECTIVE_CONFIDENCE, 'reflectiveQuestion', f.text, {
      overlap: e.overlap,
    });
  }
  // A short fragment in the client's own words ("Only at weekends?") checks a detail: expert coders code it as
  // the closed question it is, not as a reflection.
  if (f.tokenCount <= SHORT_FRAGMENT && e.overlap >= FRAGMENT_OVERLAP) {
    return candidate('QUESTION_CLOSED', REFLECTIVE_CONFIDENCE, 'echoQuestion', f.core, {
      overlap: e.overlap,
    });
  }
  if (clause) return clause;
  const inner = lex.innerQuestion.exec(f.core);
  if (inner) return wideOrNarrow(f.core.slice(inner.index), lex);
  // "So you…?" restates even when it reflects an earlier turn; other statement questions need the client's words.
  const restates =
    strongStart(f, lex) ||
    (f.tokenCount >= LONG_RESTATEMENT && lex.strongReflectionStart.test(soOpening(f))) ||
    (lex.youStatement.test(f.core) && e.overlap >= REFLECTIVE_MIN_OVERLAP);
  if (restates && !lex.tagQuestion.test(f.core)) {
    return candidate('SIMPLE_REFLECTION', REFLECTIVE_CONFIDENCE, 'reflectiveQuestion', f.core, {
      overlap: e.overlap,
    });
  }
  return candidate('QUESTION_CLOSED', REFLECTIVE_CONFIDENCE, 'statementQuestion', f.core);
}

export function isOpenRequest(f: SentenceFeatures, lex: Lexicon): Candidate | null {
  return lex.openRequest.test(f.core)
    ? candidate('QUESTION_OPEN', OPEN_CONFIDENCE, 'openRequest', f.core)
    : null;
}
