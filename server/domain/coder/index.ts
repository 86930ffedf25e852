/**
 * The MI coder: MITI 4.2.1 codes for counsellor turns, change / sustain / neutral for client turns, in nb, da
 * and en. Rules and lexicons, plus a small naive Bayes word model for client turns that have no cue of their own,
 * trained at first use on sentences written for this project (training/), and in typed conversation two logistic
 * models over the rules' verdicts (model/, weights committed by `npm run train:coder`): nothing to download,
 * deterministic.
 */
import type { Lang } from '../codes.js';
import { type ClientDecision, codeClientWith } from './client/index.js';
import { codeCounsellorWith, type RuleDecision } from './counsellor/index.js';
import { detectLang } from './detect-lang.js';
import { lexicon } from './lexicon/index.js';
import { refineClientWithModel, refineWithModel } from './model/index.js';
import { isTranscribedSpeech } from './register.js';
import type { Coder, CodingContext, Utterance } from './types.js';

export { mergeRuns, withMain } from './behaviours.js';
export { codeTranscript } from './code-transcript.js';
export { detectLang } from './detect-lang.js';
export { codeMatching, codesOf } from './double-coding.js';
export type * from './types.js';
export { TECHNIQUES } from './types.js';

/** Context words help when the utterance alone is too short to tell the language. */
const DETECT_CONTEXT_TURNS = 4;

function langOf(text: string, ctx: CodingContext): Lang {
  if (ctx.lang) return ctx.lang;
  const recent = ctx.history.slice(-DETECT_CONTEXT_TURNS).map((u: Utterance) => u.text);
  return detectLang([...recent, text].join(' '));
}

/** In transcribed speech the rules decide alone (register.ts); in typed conversation the models may overrule. */
function typed(text: string, ctx: CodingContext): boolean {
  return ctx.register ? ctx.register === 'typed' : !isTranscribedSpeech(ctx.history, text);
}

export interface CoderOptions {
  /** Let the trained model overrule the rules where it is far surer (default true); false gives the rules alone. */
  model?: boolean;
}

export function createCoder(opts: CoderOptions = {}): Coder {
  const useModel = opts.model ?? true;
  return {
    codeCounsellor(text, ctx) {
      const lang = langOf(text, ctx);
      const lex = lexicon(lang);
      const isTyped = typed(text, ctx);
      const refine = useModel && isTyped ? (d: RuleDecision) => refineWithModel(d, lex) : undefined;
      return codeCounsellorWith(text, ctx.history, lex, lang, refine, !isTyped);
    },
    codeClient(text, ctx) {
      const lang = langOf(text, ctx);
      const lex = lexicon(lang);
      const refine =
        useModel && typed(text, ctx)
          ? (d: ClientDecision) => refineClientWithModel(d, text, ctx.history, lex)
          : undefined;
      return codeClientWith(text, ctx.history, lex, lang, refine);
    },
  };
}
