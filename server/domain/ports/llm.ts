/**
 * The LLM port: a chat completion, optionally streamed, and a structured answer validated by a zod schema.
 * The domain and the client voice depend on this interface only; the adapter on the `openai` package lives in
 * server/llm. Every failure surfaces as an `LlmError` with a kind from a small closed set.
 */
import type { ZodType } from 'zod';

export const LLM_ERROR_KINDS = [
  'timeout',
  'rate_limited',
  'upstream',
  'malformed',
  'empty',
  'aborted',
] as const;
export type LlmErrorKind = (typeof LLM_ERROR_KINDS)[number];

export class LlmError extends Error {
  override name = 'LlmError';
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatRequest {
  messages: readonly ChatMessage[];
  /** Defaults to the adapter's model. */
  model?: string;
  maxTokens?: number;
  temperature?: number;
  /** Called with each streamed piece of text; when given, the request streams. */
  onToken?: (delta: string) => void;
  /** Aborts the request (the trainee left, or the caller's deadline passed). */
  signal?: AbortSignal;
}

export interface ChatResult {
  text: string;
  usage: LlmUsage;
}

export interface StructuredResult<T> {
  value: T;
  usage: LlmUsage;
}

export interface LlmClient {
  /** The model used when a request names none. */
  readonly model: string;
  chat(request: ChatRequest): Promise<ChatResult>;
  /** A JSON answer parsed and validated with `schema`; anything else is a `malformed` LlmError. */
  structured<T>(request: Omit<ChatRequest, 'onToken'>, schema: ZodType<T>): Promise<StructuredResult<T>>;
}
