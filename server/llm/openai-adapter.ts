/**
 * The LlmClient adapter on the `openai` package: any OpenAI-compatible endpoint (OpenAI, Azure OpenAI's
 * compatible endpoint, Ollama, vLLM, llama.cpp). Retries with exponential backoff on 408/409/429/5xx are the
 * package's own (`maxRetries`, honouring retry-after and retry-after-ms); a streamed body is never retried.
 * Errors are mapped to the port's closed set. The key is handed to the package and never logged here.
 */
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError, RateLimitError } from 'openai';
import { type ZodType, z } from 'zod';
import {
  type ChatRequest,
  type ChatResult,
  type LlmClient,
  LlmError,
  type LlmUsage,
  type StructuredResult,
} from '../domain/ports/llm.js';

export interface OpenAiAdapterOptions {
  baseURL?: string;
  apiKey?: string;
  model: string;
  /** Per attempt, in ms. */
  timeoutMs?: number;
  /** Retries on 408/409/429/5xx, with the package's exponential backoff (0.5 s, 1 s, … up to 8 s). */
  maxRetries?: number;
}

export const DEFAULT_LLM_TIMEOUT_MS = 10_000;

/** Rough token count when a server reports no usage: about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function estimatedUsage(req: ChatRequest, text: string): LlmUsage {
  return {
    promptTokens: estimateTokens(req.messages.map((m) => m.content).join('\n')),
    completionTokens: estimateTokens(text),
  };
}

type RawUsage = { prompt_tokens?: number; completion_tokens?: number } | null | undefined;

function usageOf(raw: RawUsage, req: ChatRequest, text: string): LlmUsage {
  if (!raw || typeof raw.prompt_tokens !== 'number') return estimatedUsage(req, text);
  return { promptTokens: raw.prompt_tokens, completionTokens: raw.completion_tokens ?? estimateTokens(text) };
}

/** Maps whatever the package or the network threw to the port's closed set. */
export function toLlmError(err: unknown, signal?: AbortSignal): LlmError {
  if (err instanceof LlmError) return err;
  if (err instanceof APIConnectionTimeoutError)
    return new LlmError('timeout', 'the model did not answer in time');
  if (
    err instanceof APIUserAbortError ||
    (err instanceof Error && err.name === 'AbortError') ||
    signal?.aborted
  ) {
    const reason = signal?.reason;
    if (reason instanceof LlmError) return reason;
    return new LlmError('aborted', 'the request was aborted');
  }
  if (err instanceof RateLimitError)
    return new LlmError('rate_limited', 'the model endpoint is rate limiting (429)');
  if (err instanceof APIError) {
    const status = err.status === undefined ? 'no status' : String(err.status);
    return new LlmError('upstream', `the model endpoint failed (${status})`);
  }
  if (err instanceof SyntaxError) return new LlmError('malformed', 'the model endpoint sent malformed JSON');
  const message = err instanceof Error ? err.message : String(err);
  return new LlmError('upstream', `the model endpoint failed: ${message.slice(0, 200)}`);
}

/** Strips a ```json fence some models put around JSON answers. */
function unfenced(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return m?.[1] ?? text.trim();
}

export class OpenAiAdapter implements LlmClient {
  readonly model: string;
  private readonly client: OpenAI;

  constructor(opts: OpenAiAdapterOptions) {
    this.model = opts.model;
    this.client = new OpenAI({
      // Local servers (Ollama, vLLM) take any key; the package insists on one.
      apiKey: opts.apiKey ?? 'not-needed',
      ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
      timeout: opts.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS,
      maxRetries: opts.maxRetries ?? 2,
      logLevel: 'off',
    });
  }

  async chat(req: ChatRequest): Promise<ChatResult> {
    try {
      return req.onToken ? await this.streamed(req, req.onToken) : await this.whole(req);
    } catch (err) {
      throw toLlmError(err, req.signal);
    }
  }

  private params(req: Pick<ChatRequest, 'messages' | 'model' | 'maxTokens' | 'temperature'>) {
    return {
      model: req.model ?? this.model,
      messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(req.maxTokens !== undefined ? { max_tokens: req.maxTokens } : {}),
      ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
    };
  }

  private async whole(req: ChatRequest, extra: Record<string, unknown> = {}): Promise<ChatResult> {
    const res = await this.client.chat.completions.create(
      { ...this.params(req), ...extra, stream: false },
      { signal: req.signal },
    );
    if (!res || !Array.isArray(res.choices)) throw new LlmError('malformed', 'the answer has no choices');
    const text = res.choices[0]?.message?.content ?? '';
    if (text.trim() === '') throw new LlmError('empty', 'the model answered with nothing');
    return { text, usage: usageOf(res.usage, req, text) };
  }

  private async streamed(req: ChatRequest, onToken: (delta: string) => void): Promise<ChatResult> {
    const stream = await this.client.chat.completions.create(
      { ...this.params(req), stream: true, stream_options: { include_usage: true } },
      { signal: req.signal },
    );
    let text = '';
    let usage: RawUsage;
    for await (const chunk of stream) {
      if (chunk.usage) usage = chunk.usage;
      const delta = chunk.choices?.[0]?.delta?.content;
      if (delta) {
        text += delta;
        onToken(delta);
      }
    }
    // The package ends the iteration quietly when the signal aborts: the text so far is not a finished reply.
    if (req.signal?.aborted) throw toLlmError(new Error('aborted mid-stream'), req.signal);
    if (text.trim() === '') throw new LlmError('empty', 'the model streamed nothing');
    return { text, usage: usageOf(usage, req, text) };
  }

  async structured<T>(req: Omit<ChatRequest, 'onToken'>, schema: ZodType<T>): Promise<StructuredResult<T>> {
    let result: ChatResult;
    try {
      result = await this.whole(req, { response_format: responseFormat(schema) });
    } catch (err) {
      throw toLlmError(err, req.signal);
    }
    let json: unknown;
    try {
      json = JSON.parse(unfenced(result.text));
    } catch {
      throw new LlmError('malformed', 'the model did not answer with JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new LlmError(
        'malformed',
        `the JSON answer does not fit: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    return { value: parsed.data, usage: result.usage };
  }
}

/** A json_schema response format when the schema converts, else plain JSON mode. */
function responseFormat(schema: ZodType): Record<string, unknown> {
  try {
    return {
      type: 'json_schema',
      json_schema: { name: 'answer', schema: z.toJSONSchema(schema), strict: false },
    };
  } catch {
    return { type: 'json_object' };
  }
}
