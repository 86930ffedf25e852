/**
 * LLM coding (opt-in with OPENAI_CODER_MODEL): the model codes an utterance with a JSON answer validated by a
 * zod schema. The embedded coder always codes it too: it is the fallback on any fault, it supplies the
 * techniques, and a disagreement between the two is kept for instructors.
 */
import { z } from 'zod';
import { detectLang, withMain } from '../domain/coder/index.js';
import type {
  ClientCoding,
  CodedUtterance,
  Coder,
  CodingContext,
  CounsellorCoding,
  Speaker,
} from '../domain/coder/types.js';
import { CLIENT_CODES, COUNSELLOR_CODES, DARN_CAT, type Lang } from '../domain/codes.js';
import { type LlmClient, LlmError, type LlmErrorKind, type LlmUsage } from '../domain/ports/llm.js';
import { type EvalReport, evaluate, type Scored } from '../domain/scores/evaluation.js';
import { parseCodedCsv } from '../domain/transcript/csv.js';
import type { Transcript } from '../domain/transcript/types.js';
import { delimit, LANGUAGE_NAMES, templates } from './prompts.js';

export const CounsellorAnswerSchema = z.object({
  code: z.enum(COUNSELLOR_CODES),
  confidence: z.number().min(0).max(1),
  reason: z.string().max(400),
});
export const ClientAnswerSchema = z.object({
  code: z.enum(CLIENT_CODES),
  kind: z.enum(DARN_CAT).nullable().optional(),
  confidence: z.number().min(0).max(1),
  reason: z.string().max(400),
});

export const CODE_DESCRIPTIONS: Record<(typeof COUNSELLOR_CODES)[number], string> = {
  QUESTION_OPEN: 'an open question that invites a wide range of answers',
  QUESTION_CLOSED: 'a closed question: yes/no, a number, or a short fact',
  SIMPLE_REFLECTION: 'repeats or rephrases what the client said, adding little',
  COMPLEX_REFLECTION:
    'adds meaning or emphasis to what the client said (feeling, double-sided, continuing the paragraph)',
  AFFIRM: "says something positive about the client's strengths, efforts or values",
  SEEKING_COLLABORATION: "asks for permission or the client's ideas, shares power",
  EMPHASIZING_AUTONOMY: "stresses the client's choice and control",
  GIVING_INFORMATION: 'gives information without persuading',
  PERSUADE: "tries to change the client's mind with advice, arguments or warnings, without permission",
  PERSUADE_WITH_PERMISSION: 'advice or persuasion after the client agreed to hear it',
  CONFRONT: 'disagrees, argues, criticises, shames or labels the client',
  OTHER: 'none of the above (greetings, facilitation, structuring)',
};

const CONTEXT_UTTERANCES = 4;
export const DEFAULT_CODER_TIMEOUT_MS = 15_000;

export interface LlmCoderOptions {
  llm: LlmClient;
  /** The embedded coder: the fallback, and the other opinion kept on disagreement. */
  embedded: Coder;
  /** OPENAI_CODER_MODEL. */
  model?: string;
  timeoutMs?: number;
}

export interface LlmCoded<T> {
  coding: T;
  source: 'llm' | 'embedded';
  /** The embedded coder's code when it differs from the model's. */
  embeddedCode?: string;
  fault?: LlmErrorKind;
  /** Tokens the model reported (absent when the request failed before an answer). */
  usage?: LlmUsage;
}

export function coderContexts(speaker: Speaker, text: string, ctx: CodingContext & { lang: Lang }) {
  return {
    system: {
      language: LANGUAGE_NAMES[ctx.lang],
      targetBehaviour: ctx.targetBehaviour ?? 'not stated',
      counsellorCodes: COUNSELLOR_CODES.map((name) => ({ name, description: CODE_DESCRIPTIONS[name] })),
      darn: DARN_CAT.join(', '),
    },
    user: {
      speaker,
      text: delimit(text, 1_000).replace(/<\/?\s*utterance\s*>/gi, ''),
      context: ctx.history.slice(-CONTEXT_UTTERANCES).map((u) => ({
        speaker: u.speaker,
        text: delimit(u.text, 300).replace(/<\/?\s*(utterance|context)\s*>/gi, ''),
      })),
    },
  };
}

export class LlmCoder {
  constructor(private readonly opts: LlmCoderOptions) {}

  messages(speaker: Speaker, text: string, ctx: CodingContext & { lang: Lang }) {
    const c = coderContexts(speaker, text, ctx);
    const tpl = templates();
    return [
      { role: 'system' as const, content: tpl['coder.system'](c.system) },
      { role: 'user' as const, content: tpl.coder(c.user) },
    ];
  }

  private async ask<T>(speaker: Speaker, text: string, ctx: CodingContext, schema: z.ZodType<T>) {
    const lang = ctx.lang ?? detectLang(text);
    const signal = AbortSignal.timeout(this.opts.timeoutMs ?? DEFAULT_CODER_TIMEOUT_MS);
    try {
      const res = await this.opts.llm.structured(
        {
          messages: this.messages(speaker, text, { ...ctx, lang }),
          temperature: 0,
          maxTokens: 200,
          signal,
          ...(this.opts.model ? { model: this.opts.model } : {}),
        },
        schema,
      );
      return { value: res.value, lang, usage: res.usage };
    } catch (err) {
      return { fault: err instanceof LlmError ? err.kind : ('upstream' as const), lang };
    }
  }

  async codeCounsellor(text: string, ctx: CodingContext): Promise<LlmCoded<CounsellorCoding>> {
    const embedded = this.opts.embedded.codeCounsellor(text, ctx);
    const got = await this.ask('counsellor', text, ctx, CounsellorAnswerSchema);
    if (!got.value)
      return { coding: embedded, source: 'embedded', ...(got.fault ? { fault: got.fault } : {}) };
    // The model names the main behaviour; the other behaviours of the turn are the embedded coder's.
    const codes = withMain(embedded.codes, got.value.code, embedded.code);
    const coding: CounsellorCoding = { ...got.value, codes, techniques: embedded.techniques, lang: got.lang };
    return {
      coding,
      source: 'llm',
      usage: got.usage,
      ...(embedded.code !== coding.code ? { embeddedCode: embedded.code } : {}),
    };
  }

  async codeClient(text: string, ctx: CodingContext): Promise<LlmCoded<ClientCoding>> {
    const embedded = this.opts.embedded.codeClient(text, ctx);
    const got = await this.ask('client', text, ctx, ClientAnswerSchema);
    if (!got.value)
      return { coding: embedded, source: 'embedded', ...(got.fault ? { fault: got.fault } : {}) };
    const { kind, ...rest } = got.value;
    const coding: ClientCoding = { ...rest, ...(kind ? { kind } : {}), lang: got.lang };
    return {
      coding,
      source: 'llm',
      usage: got.usage,
      ...(embedded.code !== coding.code ? { embeddedCode: embedded.code } : {}),
    };
  }
}

/** How the LLM coder fared on a run: answers it gave, fallbacks, and disagreements with the embedded coder. */
export interface LlmCodingStats {
  llm: number;
  fallbacks: number;
  disagreements: number;
}

/** As the embedded `predict`, with the LLM coder: what `changetalk eval --engine llm` scores. */
export async function predictWithLlm(
  coder: LlmCoder,
  transcripts: readonly Transcript[],
  stats: LlmCodingStats = { llm: 0, fallbacks: 0, disagreements: 0 },
): Promise<Scored[][]> {
  const out: Scored[][] = [];
  const count = (r: LlmCoded<unknown>) => {
    if (r.source === 'llm') stats.llm++;
    else stats.fallbacks++;
    if (r.embeddedCode !== undefined) stats.disagreements++;
  };
  for (const t of transcripts) {
    const lang = t.rows[0]?.lang;
    const history: { speaker: Speaker; text: string }[] = [];
    const scored: Scored[] = [];
    for (const row of t.rows) {
      const ctx: CodingContext = { history: [...history], ...(lang ? { lang } : {}) };
      let coded: CodedUtterance;
      if (row.speaker === 'counsellor') {
        const r = await coder.codeCounsellor(row.text, ctx);
        count(r);
        coded = { speaker: 'counsellor', text: row.text, coding: r.coding };
      } else {
        const r = await coder.codeClient(row.text, ctx);
        count(r);
        coded = { speaker: 'client', text: row.text, coding: r.coding };
      }
      scored.push({ row, coded });
      history.push({ speaker: row.speaker, text: row.text });
    }
    out.push(scored);
  }
  return out;
}

export type LlmEvalReport = EvalReport & { engine: 'llm'; model: string | null; coding: LlmCodingStats };

/** The evaluation of `changetalk eval` with the LLM coder, on the same gold-coded CSV text. */
export async function evaluateWithLlm(coder: LlmCoder, csvText: string, model: string | null = null) {
  const parsed = parseCodedCsv(csvText);
  if (!parsed.ok) return parsed;
  const coding: LlmCodingStats = { llm: 0, fallbacks: 0, disagreements: 0 };
  const scored = await predictWithLlm(coder, parsed.value, coding);
  const report: LlmEvalReport = { ...evaluate(scored), engine: 'llm', model, coding };
  return { ok: true as const, value: report };
}
