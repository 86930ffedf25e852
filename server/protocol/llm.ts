/** What the optional LLM engine adds to a session view: tokens used, and where the LLM coder disagreed. */
import { z } from 'zod';

export const LlmUsageViewSchema = z.object({
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  totalTokens: z.number().int().min(0),
  /** Every model call: client replies, coding, report alternatives. */
  calls: z.number().int().min(0),
  /** Client replies the model said, and those that fell back to the embedded engine. */
  replies: z.number().int().min(0),
  fallbacks: z.number().int().min(0),
});
export type LlmUsageView = z.infer<typeof LlmUsageViewSchema>;

/** One utterance the LLM coder and the embedded coder coded differently (the embedded code is shown). */
export const CoderDisagreementSchema = z.object({
  turn: z.number().int(),
  speaker: z.enum(['counsellor', 'client']),
  text: z.string(),
  llm: z.string(),
  embedded: z.string(),
});
export type CoderDisagreement = z.infer<typeof CoderDisagreementSchema>;

export const LlmSummarySchema = z.object({
  usage: LlmUsageViewSchema,
  /** Whether the LLM coder coded this session (OPENAI_CODER_MODEL); disagreements are empty otherwise. */
  coding: z.boolean(),
  disagreements: z.array(CoderDisagreementSchema),
});
export type LlmSummary = z.infer<typeof LlmSummarySchema>;

/** Said when the LLM engine failed and the embedded engine answered instead (over socket.io once a session). */
export const EngineNoticeSchema = z.object({
  turn: z.number().int(),
  engine: z.string(),
  /** Why: timeout, rate_limited, upstream, malformed, empty, aborted, or a failed check of the reply. */
  reason: z.string(),
  message: z.string(),
});
export type EngineNotice = z.infer<typeof EngineNoticeSchema>;
