/**
 * Model-written alternatives for the report's three suggestions (with LLM coding on). The embedded report
 * picks the turns and the advice; the model only writes the better reply, as a zod-validated JSON answer.
 * Any fault, or an answer that fails the checks, keeps the embedded alternative for that suggestion.
 */
import { z } from 'zod';
import type { Case } from '../domain/cases/schema.js';
import type { CodedUtterance } from '../domain/coder/types.js';
import type { CounsellorCode, Lang } from '../domain/codes.js';
import type { Suggestion } from '../domain/feedback/index.js';
import { type LlmClient, LlmError, type LlmUsage } from '../domain/ports/llm.js';
import { checkReply } from './client-voice.js';
import { CODE_DESCRIPTIONS } from './llm-coder.js';
import { delimit, LANGUAGE_NAMES, templates } from './prompts.js';

export const AlternativeAnswerSchema = z.object({ alternative: z.string().trim().min(1).max(400) });

/** An alternative the model wrote, tied to its suggestion by the utterance index and the code. */
export interface LlmAlternative {
  index: number;
  code: CounsellorCode;
  alternative: string;
}

const MAX_WORDS = 45;
const PAST_CHARS = 400;

/** Strips every tag the template uses, so the trainee's or the client's text cannot close its block. */
function data(text: string, max: number): string {
  return delimit(text, max).replace(/<\/?\s*client\s*>/gi, '');
}

export function alternativeContexts(s: Suggestion, coded: readonly CodedUtterance[], c: Case, lang: Lang) {
  const before = coded[s.index - 1];
  return {
    system: {
      language: LANGUAGE_NAMES[lang],
      clientName: c.client.name,
      targetBehaviour: c.targetBehaviour[lang],
      codeName: s.code,
      codeDescription: CODE_DESCRIPTIONS[s.code],
      maxWords: MAX_WORDS,
    },
    user: {
      language: LANGUAGE_NAMES[lang],
      client: before?.speaker === 'client' ? data(before.text, PAST_CHARS) : '',
      counsellor: data(coded[s.index]?.text ?? '', PAST_CHARS),
      advice: s.text,
      example: s.alternative,
    },
  };
}

export interface AlternativeWriterOptions {
  llm: LlmClient;
  model?: string;
  timeoutMs: number;
}

export interface WrittenAlternatives {
  alternatives: LlmAlternative[];
  usage: LlmUsage;
  calls: number;
}

export class AlternativeWriter {
  constructor(private readonly opts: AlternativeWriterOptions) {}

  messages(s: Suggestion, coded: readonly CodedUtterance[], c: Case, lang: Lang) {
    const ctx = alternativeContexts(s, coded, c, lang);
    const tpl = templates();
    return [
      { role: 'system' as const, content: tpl['alternative.system'](ctx.system) },
      { role: 'user' as const, content: tpl.alternative(ctx.user) },
    ];
  }

  /** One model call per suggestion, in parallel; a failed one is simply left out. Never throws. */
  async write(
    suggestions: readonly Suggestion[],
    coded: readonly CodedUtterance[],
    c: Case,
    lang: Lang,
  ): Promise<WrittenAlternatives> {
    const results = await Promise.all(suggestions.map((s) => this.one(s, coded, c, lang)));
    const usage = { promptTokens: 0, completionTokens: 0 };
    const alternatives: LlmAlternative[] = [];
    results.forEach((r, i) => {
      const s = suggestions[i];
      usage.promptTokens += r.usage?.promptTokens ?? 0;
      usage.completionTokens += r.usage?.completionTokens ?? 0;
      if (s && r.text) alternatives.push({ index: s.index, code: s.code, alternative: r.text });
    });
    return { alternatives, usage, calls: suggestions.length };
  }

  private async one(s: Suggestion, coded: readonly CodedUtterance[], c: Case, lang: Lang) {
    try {
      const res = await this.opts.llm.structured(
        {
          messages: this.messages(s, coded, c, lang),
          temperature: 0.4,
          maxTokens: 200,
          signal: AbortSignal.timeout(this.opts.timeoutMs),
          ...(this.opts.model ? { model: this.opts.model } : {}),
        },
        AlternativeAnswerSchema,
      );
      // The client reply's checks (no AI disclaimer, role label or other language); the text is its own
      // draft, so only the schema's length bound applies, not the reply-to-draft ratio.
      const text = res.value.alternative;
      return { text: checkReply(text, text, lang) ? undefined : text, usage: res.usage };
    } catch (err) {
      // Any fault keeps the embedded alternative; a model fault still counts its call.
      return { text: undefined, usage: undefined, fault: err instanceof LlmError ? err.kind : 'upstream' };
    }
  }
}

/** The report's suggestions with the model's alternatives where it wrote one for the same turn and code. */
export function withAlternatives<T extends { index: number; code: string; alternative: string }>(
  suggestions: readonly T[],
  written: readonly LlmAlternative[] | undefined,
): T[] {
  if (!written?.length) return [...suggestions];
  return suggestions.map((s) => {
    const w = written.find((x) => x.index === s.index && x.code === s.code);
    return w ? { ...s, alternative: w.alternative } : s;
  });
}
