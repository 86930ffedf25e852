/**
 * What the client model sees of a turn: the rules' verdict (code, reason, DARN-CAT kind), its form (length,
 * question mark), its words and word pairs, and the counsellor's turn before it (its code and first words), since
 * change talk is so often an answer to what was asked.
 */
import type { ClientDecision } from '../client/index.js';
import { decideByRules } from '../counsellor/index.js';
import type { Lexicon } from '../lexicon/types.js';
import { normalise, tokens } from '../text.js';
import type { Utterance } from '../types.js';
import { wordFeatures } from './features.js';

/** How many opening words of the counsellor's question the model sees. */
const ASKED_WORDS = 3;

function askedBefore(history: readonly Utterance[], lex: Lexicon): string[] {
  const i = history.length - 1;
  const last = history[i];
  if (last?.speaker !== 'counsellor') return ['pc=none'];
  const d = decideByRules(last.text, history.slice(0, i), lex);
  return [
    `pc=${d.best.code}`,
    ...tokens(normalise(last.text))
      .slice(0, ASKED_WORDS)
      .map((w) => `pw=${w}`),
  ];
}

export function clientFeatures(
  d: ClientDecision,
  text: string,
  history: readonly Utterance[],
  lex: Lexicon,
): string[] {
  const norm = normalise(text);
  const out = [`r=${d.code}`, `rr=${d.reason}`, `k=${d.kind ?? ''}`, `q=${norm.endsWith('?')}`];
  return [...out, ...askedBefore(history, lex), ...wordFeatures(tokens(norm))];
}
