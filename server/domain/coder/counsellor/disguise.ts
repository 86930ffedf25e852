/**
 * Confrontation and persuasion in disguise. MITI 4.2.1 codes what a sentence does, not its form: a question that
 * warns or shames ("Have you thought about what your daughter will think?"), a prediction of a bad end, a verdict
 * on the client's amount or a fact about harm held over them with a knowing tag ("…, right?") is Confront or
 * Persuade. These cues are specific, so the rule is as sure as the model's TRUSTED_RULE: the trained model, which
 * learned the question form, does not turn them back into questions.
 */
import type { Lexicon } from '../lexicon/types.js';
import { tokens } from '../text.js';
import { type Candidate, candidate } from './candidate.js';
import {
  type ClientEcho,
  type ClientWords,
  contentStems,
  type SentenceFeatures,
  strongStart,
} from './features.js';

const SURE = 0.85;
/** A harm fact that carries this much of the client's words gives their own worry back ("so you fear the damage"). */
const ECHOED = 0.5;

interface DisguiseContext {
  lex: Lexicon;
  client: ClientWords | null;
  permitted: boolean;
  clientAsked: boolean;
  clientText: string;
}

/** The label is the client's own word given back ("I'm an addict" → "You see yourself as an addict"). */
function clientsLabel(cue: string, client: ClientWords | null, lex: Lexicon): boolean {
  if (client === null) return false;
  const stems = contentStems(tokens(cue), lex);
  return stems.length > 0 && stems.every((s) => client.stems.has(s));
}

const hit = (re: RegExp, text: string): string | null => re.exec(text)?.[0] ?? null;

export function disguised(f: SentenceFeatures, e: ClientEcho, ctx: DisguiseContext): Candidate | null {
  const { lex, client } = ctx;
  const shame = hit(lex.shaming, f.core);
  if (shame && !clientsLabel(shame, client, lex) && !lex.disowned.test(f.text))
    return candidate('CONFRONT', SURE, 'disguisedConfront', f.core, { cue: shame });
  // Asked for ("Is there a safe amount?"), a verdict or a fact about harm is the information the client wanted;
  // after a reflection opening it gives back the client's own judgement.
  if (ctx.permitted || ctx.clientAsked || strongStart(f, lex)) return null;
  // The client's own verdict given back ("I know it's still too many") is theirs, not the counsellor's.
  const verdict = hit(lex.verdict, f.core);
  if (verdict && !lex.verdict.test(ctx.clientText))
    return candidate('CONFRONT', SURE, 'verdict', f.core, { cue: verdict });
  const harm = hit(lex.harm, f.core);
  if (harm && e.overlap < ECHOED && lex.forewarn.test(f.core))
    return candidate('PERSUADE', SURE, 'pushedFact', f.core, { cue: harm });
  return null;
}
