/**
 * Which engine a server runs: the embedded one unless OPENAI_BASE_URL or OPENAI_API_KEY is set, then the LLM
 * voice on the OpenAI-compatible adapter. The key goes to the adapter only; nothing here logs it.
 */
import type { Config } from '../config.js';
import type { Coder } from '../domain/coder/types.js';
import { AlternativeWriter } from './alternatives.js';
import { DEFAULT_VOICE_TIMEOUT_MS } from './client-voice.js';
import { DEFAULT_CODER_TIMEOUT_MS, LlmCoder } from './llm-coder.js';
import { OpenAiAdapter } from './openai-adapter.js';
import { ClientVoice } from './revoice.js';
import { SessionReview } from './session-review.js';

export function llmEnabled(config: Config): boolean {
  return Boolean(config.OPENAI_BASE_URL || config.OPENAI_API_KEY);
}

export function createClientVoice(
  config: Config,
  coder: Coder,
  opts: {
    timeoutMs?: number;
    maxRetries?: number;
    log?: (fields: Record<string, unknown>, message: string) => void;
  } = {},
): ClientVoice | undefined {
  if (!llmEnabled(config)) return undefined;
  const timeoutMs = opts.timeoutMs ?? config.OPENAI_TIMEOUT_MS ?? DEFAULT_VOICE_TIMEOUT_MS;
  const llm = adapterFor(config, config.OPENAI_MODEL, timeoutMs, opts.maxRetries);
  return new ClientVoice({
    llm,
    coder,
    model: config.OPENAI_MODEL,
    timeoutMs,
    ...(opts.log ? { log: opts.log } : {}),
  });
}

function adapterFor(config: Config, model: string, timeoutMs: number, maxRetries = 2): OpenAiAdapter {
  return new OpenAiAdapter({
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
    model,
    timeoutMs,
    maxRetries,
  });
}

/** LLM coding is opt-in per deployment: only with OPENAI_CODER_MODEL set (and an endpoint). */
export function createLlmCoder(
  config: Config,
  embedded: Coder,
  opts: { timeoutMs?: number; maxRetries?: number } = {},
): LlmCoder | undefined {
  if (!llmEnabled(config) || !config.OPENAI_CODER_MODEL) return undefined;
  const model = config.OPENAI_CODER_MODEL;
  const timeoutMs = opts.timeoutMs ?? config.OPENAI_TIMEOUT_MS ?? DEFAULT_CODER_TIMEOUT_MS;
  const llm = adapterFor(config, model, timeoutMs, opts.maxRetries);
  return new LlmCoder({ llm, embedded, model, timeoutMs });
}

/** LLM coding of sessions and model-written report alternatives, on the coder model; off without it. */
export function createSessionReview(
  config: Config,
  embedded: Coder,
  opts: { timeoutMs?: number; maxRetries?: number } = {},
): SessionReview | undefined {
  const coder = createLlmCoder(config, embedded, opts);
  const model = config.OPENAI_CODER_MODEL;
  if (!coder || !model) return undefined;
  const timeoutMs = opts.timeoutMs ?? config.OPENAI_TIMEOUT_MS ?? DEFAULT_CODER_TIMEOUT_MS;
  const llm = adapterFor(config, model, timeoutMs, opts.maxRetries);
  return new SessionReview(coder, new AlternativeWriter({ llm, model, timeoutMs }));
}
