/**
 * The client coder: change talk (with its DARN-CAT kind), sustain talk or neutral. Cues are first-person
 * statements about the change; when an utterance holds both sides ("I want to, but I love it") the side said
 * last carries the turn, since that is where the client leaves it.
 */
import type { ClientCode, DarnCat, Lang } from '../../codes.js';
import type { Lexicon } from '../lexicon/types.js';
import { type ClientReasonKey, REASONS } from '../reasons/index.js';
import { normalise, tokens } from '../text.js';
import { clientModel } from '../training/index.js';
import type { ClientCoding, Utterance } from '../types.js';
import { type Hit, reportedSpeech } from './reported.js';

const KINDS: readonly DarnCat[] = [
  'takingSteps',
  'commitment',
  'activation',
  'need',
  'ability',
  'desire',
  'reasons',
];
const CUE_CONFIDENCE = 0.7;
const NEUTRAL_CONFIDENCE = 0.6;
const BACKCHANNEL_CONFIDENCE = 0.9;
const CONTEXT_CONFIDENCE = 0.45;
/** Words a reply needs before it counts as an answer with content rather than an acknowledgement. */
const SUBSTANTIVE_ANSWER = 6;

function firstHit(re: RegExp, text: string, make: (cue: string) => Omit<Hit, 'at' | 'cue'>): Hit | null {
  const m = re.exec(text);
  return m ? { ...make(m[0]), at: m.index, cue: m[0] } : null;
}

/** "I'll ring her tonight": a first-person plan in time, not negated, is commitment. */
function planned(text: string, lex: Lexicon): Hit | null {
  const m = lex.client.soon.exec(text);
  if (!m) return null;
  const toks = tokens(text);
  if (!toks.some((t) => lex.firstPerson.has(t) || t === 'vi' || t === 'we' || t === "we'll")) return null;
  if (lex.client.negation.test(text)) return null;
  return { code: 'CHANGE', reason: 'commitment', kind: 'commitment', at: m.index, cue: m[0] };
}

function hitsOf(text: string, lex: Lexicon): Hit[] {
  const c = lex.client;
  const hits: (Hit | null)[] = KINDS.map((kind) =>
    firstHit(c[kind], text, () => ({ code: 'CHANGE', reason: kind, kind })),
  );
  hits.push(firstHit(c.changeByNegation, text, () => ({ code: 'CHANGE', reason: 'desire', kind: 'desire' })));
  hits.push(firstHit(c.sustain, text, () => ({ code: 'SUSTAIN', reason: 'sustain' })));
  hits.push(firstHit(c.sustainFamily, text, () => ({ code: 'SUSTAIN', reason: 'sustain' })));
  hits.push(firstHit(c.changeFamily, text, () => ({ code: 'CHANGE', reason: 'reasons', kind: 'reasons' })));
  hits.push(planned(text, lex));
  // "I don't know what to say", "det er svært at svare på": neutral, whatever "skal" or "hard" is inside.
  hits.push(firstHit(lex.client.hedge, text, () => ({ code: 'NEUTRAL', reason: 'hedge' })));
  return hits.filter((h): h is Hit => h !== null);
}

/**
 * The cues in the order said, each not nested in the one before. A cue nested inside a longer one is part of it
 * ("a problem" inside "I don't think it's a problem"), and at the same place the longer reading wins.
 */
function chain(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.at - b.at || b.cue.length - a.cue.length);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.at < last.at + last.cue.length) continue;
    out.push(h);
  }
  return out;
}

/**
 * The hit said last carries the turn. A reason is the weakest kind and often only a named topic ("the baby"): when
 * one ends a run of change cues, the run's strongest kind names it ("Something has to change before the baby
 * comes" is need).
 */
function decisive(hits: readonly Hit[]): Hit | null {
  const all = chain(hits);
  // A hedge decides only a turn with no other cue: "maybe it's part of the problem, I don't know" stays change talk.
  const said = all.some((h) => h.reason !== 'hedge') ? all.filter((h) => h.reason !== 'hedge') : all;
  const best = said[said.length - 1];
  if (best?.code !== 'CHANGE' || best.kind !== 'reasons') return best ?? null;
  let strongest = best;
  for (let i = said.length - 1; i >= 0 && said[i]?.code === 'CHANGE'; i--) {
    const h = said[i] as Hit;
    if (KINDS.indexOf(h.kind ?? 'reasons') < KINDS.indexOf(strongest.kind ?? 'reasons')) strongest = h;
  }
  return strongest === best
    ? best
    : { ...best, kind: strongest.kind, reason: strongest.reason, cue: strongest.cue };
}

/** The rules' verdict on a client turn, before it is worded in the coding language. */
export interface ClientDecision {
  code: ClientCode;
  reason: ClientReasonKey;
  cue: string;
  confidence: number;
  kind?: DarnCat;
}

function decision(
  code: ClientCode,
  reason: ClientReasonKey,
  cue: string,
  confidence: number,
  kind?: DarnCat,
): ClientDecision {
  return kind ? { code, reason, cue, confidence, kind } : { code, reason, cue, confidence };
}

type Direction = 'change' | 'sustain' | null;

/** Which way the counsellor's last turn asked: an answer to "what worries you about it?" is a reason to change. */
function askedDirection(history: readonly Utterance[], lex: Lexicon): Direction {
  const last = history[history.length - 1];
  if (last?.speaker !== 'counsellor') return null;
  const text = normalise(last.text);
  if (lex.client.askedTowardSustain.test(text)) return 'sustain';
  return lex.client.askedTowardChange.test(text) ? 'change' : null;
}

/**
 * A substantive reply with no cue of its own, to a question asked toward change, is read as a reason for it.
 * A bare "yes" is not: on its own it agrees to the question more often than it argues for change.
 */
function answerTo(norm: string, direction: Direction, lex: Lexicon): ClientDecision | null {
  if (direction === null || norm.endsWith('?')) return null;
  if (tokens(norm).length < SUBSTANTIVE_ANSWER) return null;
  // Only answers toward change are read this way: replies to status-quo questions proved too mixed to call
  // (measured again with the word model: reading them as sustain talk lowered agreement).
  if (direction !== 'change' || lex.client.no.test(norm)) return null;
  return decision('CHANGE', 'answer', norm, CONTEXT_CONFIDENCE, 'reasons');
}

/** How far before a change cue (in characters) a "why" turns it into doubt. */
const WHY_REACH = 12;
/** How far before a change cue (in characters) "not that" / "ikke at" holds it off ("it's not as if " is 15). */
const NOT_THAT_REACH = 16;
/** Below this share of the turn's characters a hedge is a tail, not what the turn says. */
const HEDGE_SHARE = 0.5;
/** Below this posterior the word model leaves a cue-less turn to the context and to Neutral. */
const MODEL_MIN = 0.95;

/** A turn with no cue of its own: the word model trained on the project's own sentences decides, if it is sure. */
function byWording(norm: string, lang: Lang): ClientDecision | null {
  const { label, p } = clientModel(lang).best(norm);
  if (label === 'NEUTRAL' || p < MODEL_MIN) return null;
  return decision(
    label,
    'wording',
    '',
    Math.min(p, CUE_CONFIDENCE),
    label === 'CHANGE' ? 'reasons' : undefined,
  );
}

/** A change cue read in its sentence: doubted, held off, asked about, or taken back by a "but" clause. */
function changeInContext(best: Hit, norm: string, lex: Lexicon): ClientDecision | null {
  const before = (reach: number) => norm.slice(Math.max(0, best.at - reach), best.at);
  // "Why should I stop?" doubts the change it names: sustain talk.
  if (lex.client.why.test(before(WHY_REACH))) {
    return decision('SUSTAIN', 'negatedChange', best.cue.trim(), CONTEXT_CONFIDENCE);
  }
  // "Not that I've decided anything" names the change only to hold it off: a cue of its own the model leaves be.
  const heldOff = lex.client.notThat.exec(before(NOT_THAT_REACH));
  if (heldOff)
    return decision('NEUTRAL', 'heldOff', `${heldOff[0]} … ${best.cue.trim()}`, CONTEXT_CONFIDENCE);
  // "Should I cut down, then?" asks about the change rather than arguing for it, also when more follows the question.
  if (/^[^.!?]*\?/u.test(norm.slice(best.at))) return decision('NEUTRAL', 'neutral', '', NEUTRAL_CONFIDENCE);
  // "I want to, but…": a change cue followed by a "but" clause with no cue of its own leaves the client in
  // the status quo.
  if (lex.client.butClause.test(norm.slice(best.at + best.cue.length))) {
    return decision('SUSTAIN', 'sustain', best.cue.trim(), CONTEXT_CONFIDENCE);
  }
  return null;
}

/** Decides a client turn by the rules and lexicons alone. */
export function decideClientByRules(
  text: string,
  history: readonly Utterance[],
  lex: Lexicon,
  lang: Lang,
): ClientDecision {
  const norm = normalise(text);
  const direction = askedDirection(history, lex);
  if (tokens(norm).length === 0 || lex.backchannel.test(norm)) {
    return decision('NEUTRAL', 'backchannel', '', BACKCHANNEL_CONFIDENCE);
  }
  const { hits, adopted } = reportedSpeech(hitsOf(norm, lex), norm, lex);
  if (adopted) return decision('CHANGE', adopted.kind, adopted.cue, CUE_CONFIDENCE, adopted.kind);
  const best = decisive(hits);
  if (best?.code === 'CHANGE') {
    const read = changeInContext(best, norm, lex);
    if (read) return read;
  }
  // A hedge that is only a tail of a longer turn ("Maybe it's part of the problem. I don't know.") leaves the
  // turn to its other words; it has still kept the "skal" inside it from reading as commitment.
  if (!best || (best.reason === 'hedge' && best.cue.length < HEDGE_SHARE * norm.length)) {
    return (
      byWording(norm, lang) ??
      answerTo(norm, direction, lex) ??
      decision('NEUTRAL', 'neutral', '', NEUTRAL_CONFIDENCE)
    );
  }
  return decision(best.code, best.reason, best.cue.trim(), CUE_CONFIDENCE, best.kind);
}

/** The coding of a client turn: the rules' decision, or what `refine` (the trained model) makes of it. */
export function codeClientWith(
  text: string,
  history: readonly Utterance[],
  lex: Lexicon,
  lang: Lang,
  refine: (d: ClientDecision) => ClientDecision = (d) => d,
): ClientCoding {
  const d = refine(decideClientByRules(text, history, lex, lang));
  const out: ClientCoding = {
    code: d.code,
    confidence: d.confidence,
    reason: REASONS[lang].client[d.reason]({ cue: d.cue, confidence: d.confidence }),
    lang,
  };
  if (d.kind) out.kind = d.kind;
  return out;
}
