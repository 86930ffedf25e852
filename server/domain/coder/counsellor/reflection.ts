/**
 * Reflections: a statement that gives back what the client said or meant. Simple when it stays close to the
 * client's words; complex when it adds feeling or meaning, is double-sided, infers beyond the words, or
 * collects several things (a summary).
 */
import type { Lexicon } from '../lexicon/types.js';
import { tokens } from '../text.js';
import { type Candidate, candidate } from './candidate.js';
import { type ClientEcho, type ClientWords, type SentenceFeatures, strongStart } from './features.js';

/**
 * A reflection opening ("it sounds like", "so you") is a specific cue, as sure as the model's TRUSTED_RULE: the model
 * had learned "sounds" as the start of "sounds good" and overruled "sounds like it's a lot" into Other. Validation
 * over held-out conversation files 0.8433 with 0.75 here, 0.8453 with 0.85.
 */
const STARTER_CONFIDENCE = 0.85;
const ECHO_CONFIDENCE = 0.6;
/** A statement without a reflection opening must reuse this much of the client's words. */
const ECHO_MIN_OVERLAP = 0.4;
const ECHO_MIN_SHARED = 2;
/** Long reflections almost always add meaning; past this many words one is a summary. */
const LONG_REFLECTION = 22;
const SUMMARY_LENGTH = 40;
/**
 * Input in a sentence that opens on the client ("you…"): a cue of information, or a subject-matter word in "you
 * can…" ("You can get patches at the pharmacy"). A subject-matter word alone is the client's matter given back
 * ("You usually have five or six drinks then"). In the AnnoMI transcripts the reflections coded as information
 * went from 71 to 63 with it.
 */
function informs(f: SentenceFeatures, lex: Lexicon): boolean {
  return lex.information.test(f.core) || (lex.youCan.test(f.core) && lex.topics.test(f.core));
}

/** Strong openings ("so you", "it sounds like") mark a reflection; a bare "you…" only when no input cue. */
export function looksLikeReflection(f: SentenceFeatures, e: ClientEcho, lex: Lexicon): number {
  if (strongStart(f, lex)) return STARTER_CONFIDENCE;
  const feels = lex.feelings.test(f.core);
  if (lex.reflectionStart.test(f.core) && (feels || !informs(f, lex))) return ECHO_CONFIDENCE;
  if (e.overlap >= ECHO_MIN_OVERLAP && e.shared >= ECHO_MIN_SHARED) return ECHO_CONFIDENCE;
  return 0;
}

/** A feeling word the client did not say themself is added meaning. */
function addedFeeling(f: SentenceFeatures, client: ClientWords | null, lex: Lexicon): string | null {
  const m = lex.feelings.exec(f.core);
  if (!m) return null;
  const word = m[0];
  const said = client !== null && tokens(word).every((t) => client.stems.has(t.slice(0, 5)));
  return said ? null : word;
}

/** Evidence that a reflection adds to the client's words; two points make it complex. */
const COMPLEX_THRESHOLD = 2;
const MEDIUM_REFLECTION = 12;
const CLOSE_ECHO = 0.5;
const SUBSTANTIVE_TURN = 4;
const INFERENCE_OVERLAP = 0.3;

interface Evidence {
  points: number;
  reason: Candidate['reason'];
  cue: string;
}

function complexity(f: SentenceFeatures, e: ClientEcho, client: ClientWords | null, lex: Lexicon): Evidence {
  if (f.tokenCount >= SUMMARY_LENGTH || lex.summaryMarker.test(f.core))
    return { points: 9, reason: 'complexSummary', cue: '' };
  const sided = lex.doubleSided.exec(f.core);
  if (sided) return { points: 9, reason: 'complexDoubleSided', cue: sided[0] };
  let points = f.tokenCount >= LONG_REFLECTION ? 2 : f.tokenCount >= MEDIUM_REFLECTION ? 1 : 0;
  let reason: Candidate['reason'] = 'complexInference';
  let cue = '';
  const value = lex.values.exec(f.core);
  if (value) [points, reason, cue] = [points + 2, 'complexMeaning', value[0]];
  const meaning = lex.meaning.exec(f.core);
  if (meaning) [points, reason, cue] = [points + 1, 'complexMeaning', meaning[0]];
  const feeling = addedFeeling(f, client, lex);
  if (feeling) [points, reason, cue] = [points + 1, 'complexFeeling', feeling];
  // Few of the client's words in a reflection of a substantive turn: the counsellor is saying what they heard
  // in their own words, which is inference.
  if (client !== null && client.stems.size >= SUBSTANTIVE_TURN && e.overlap < INFERENCE_OVERLAP) points += 1;
  if (e.overlap >= CLOSE_ECHO) points -= 1;
  return { points, reason, cue };
}

export function classifyReflection(
  f: SentenceFeatures,
  e: ClientEcho,
  client: ClientWords | null,
  lex: Lexicon,
  confidence: number,
): Candidate {
  const ev = complexity(f, e, client, lex);
  const complex = ev.points >= COMPLEX_THRESHOLD;
  return candidate(
    complex ? 'COMPLEX_REFLECTION' : 'SIMPLE_REFLECTION',
    confidence,
    complex ? ev.reason : 'simpleReflection',
    f.text,
    {
      overlap: e.overlap,
      cue: ev.cue,
    },
  );
}

export { ECHO_CONFIDENCE, STARTER_CONFIDENCE };
