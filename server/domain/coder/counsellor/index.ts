/** The counsellor coder: split into sentences, code each against the client's last words, combine. */
import type { Lang } from '../../codes.js';
import type { Lexicon } from '../lexicon/types.js';
import { REASONS } from '../reasons/index.js';
import { normalise, sentences } from '../text.js';
import type { CounsellorCoding, Utterance } from '../types.js';
import type { Candidate } from './candidate.js';
import { combine } from './combine.js';
import { type ClientWords, clientWords, type SentenceFeatures, sentenceFeatures } from './features.js';
import { MEDIUM as CUED, classifySentence } from './sentence.js';
import { techniquesOf } from './techniques.js';
import { turnCodes } from './turn-codes.js';

/** Client words fewer than this ("Yeah.", "Mm.") are an acknowledgement: a reflection then reaches further back. */
const THIN_TURN = 4;
/** How many counsellor turns back a reflection may reach for the client's words. */
const REACH = 3;

/**
 * The client's turn(s) since the counsellor last spoke: what a reflection would be built from. When those are
 * only an acknowledgement, the client's earlier turns are added, up to REACH counsellor turns back.
 */
function lastClientTurn(history: readonly Utterance[], lex: Lexicon): string | null {
  const parts: string[] = [];
  let crossed = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const u = history[i] as Utterance;
    if (u.speaker === 'counsellor') {
      if (parts.length > 0) {
        if (crossed + 1 >= REACH || clientWords(normalise(parts.join(' ')), lex).stems.size >= THIN_TURN)
          break;
        crossed++;
      }
      continue;
    }
    parts.unshift(u.text);
  }
  return parts.length > 0 ? normalise(parts.join(' ')) : null;
}

function lastOf(history: readonly Utterance[], speaker: Utterance['speaker']): string {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i]?.speaker === speaker) return normalise(history[i]?.text ?? '');
  return '';
}

/** Input counts as permitted when the client asked for it, or agreed when the counsellor asked permission. */
function permitted(history: readonly Utterance[], lex: Lexicon): boolean {
  const client = lastOf(history, 'client');
  if (client === '') return false;
  if (lex.clientAsks.test(client)) return true;
  return lex.permission.test(lastOf(history, 'counsellor')) && lex.clientAgrees.test(client);
}

/** A question after a greeting is as sure as a rule with a specific cue (the model's TRUSTED_RULE). */
const GREETED_QUESTION = 0.85;
/**
 * So is a move with a cue of its own after an agreement ("Sounds like a plan, let's write it down"): the model
 * learned the agreement's words from turns that are only agreement (Other), and overruled the move. Training
 * lines for it instead lowered validation (0.8418 -> 0.8393).
 */
const AGREED_MOVE = 0.85;

/** What the rules make of a counsellor turn: every sentence's candidate and the combined one. */
export interface RuleDecision {
  norm: string;
  /** Each sentence's features (one empty sentence when nothing was said), in order. */
  sentences: readonly SentenceFeatures[];
  cands: readonly Candidate[];
  best: Candidate;
  client: ClientWords | null;
}

export function decideByRules(text: string, history: readonly Utterance[], lex: Lexicon): RuleDecision {
  const norm = normalise(text);
  const lastClient = lastClientTurn(history, lex);
  const client: ClientWords | null = lastClient === null ? null : clientWords(lastClient, lex);
  const clientAsked = /\?\s*$/.test(lastOf(history, 'client'));
  const ctx = { lex, client, permitted: permitted(history, lex), clientAsked, clientText: lastClient ?? '' };
  const parts = sentences(norm);
  const feats = (parts.length > 0 ? parts : ['']).map((s) => sentenceFeatures(s, lex));
  const cands = feats.map((f) => classifySentence(f, ctx));
  // A greeting with small talk ("Hi, come in and sit down. Good to see you.") is Other unless it asks something;
  // when it does ("Hi Ray. You wanted help with exercise?"), the question is the turn, and sure of it.
  const greeting = lex.greeting.test(norm);
  const asked = cands.some((c) => c.code.startsWith('QUESTION'));
  if (greeting && !asked) {
    const best = { ...(cands[0] as Candidate), code: 'OTHER' as const, reason: 'backchannel' as const };
    return { norm, sentences: feats, cands, best, client };
  }
  const combined = combine(cands);
  const greetedQuestion = greeting && combined.code.startsWith('QUESTION');
  const agreedMove = feats.some((f) => f.agreed) && combined.code !== 'OTHER' && combined.confidence >= CUED;
  const sureAs = greetedQuestion ? GREETED_QUESTION : agreedMove ? AGREED_MOVE : 0;
  const best = { ...combined, confidence: Math.max(combined.confidence, sureAs) };
  return { norm, sentences: feats, cands, best, client };
}

export function codeCounsellorWith(
  text: string,
  history: readonly Utterance[],
  lex: Lexicon,
  lang: Lang,
  refine: (d: RuleDecision) => Candidate = (d) => d.best,
  speech = false,
): CounsellorCoding {
  const decision = decideByRules(text, history, lex);
  const best = refine(decision);
  const techniques = techniquesOf(decision.norm, best, lex);
  return {
    code: best.code,
    codes: turnCodes(decision.cands, decision.best, best.code, techniques, speech),
    confidence: best.confidence,
    reason: REASONS[lang].counsellor[best.reason](best),
    techniques,
    lang,
  };
}
