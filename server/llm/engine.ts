/**
 * Which engine a server runs: the embedded one unless OPENAI_BASE_URL or OPENAI_API_KEY is set, then the LLM
 * voice on the OpenAI-compatible adapter. The key goes to the adapter only; nothing here logs it.
 */
import type { Config } from '../config.js';
import type { Coder } from '../domain/coder/types.js';
import { DEFAULT_VOICE_TIMEOUT_MS } from './client-voice.js';
import { LlmCoder } from './llm-coder.js';
import { OpenAiAdapter } from './openai-adapter.js';
import { ClientVoice } from './revoice.js';

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
  const timeoutMs = opts.timeoutMs ?? DEFAULT_VOICE_TIMEOUT_MS;
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
export function createLlmCoder(config: Config, embedded: Coder, timeoutMs = 15_000): LlmCoder | undefined {
  if (!llmEnabled(config) || !config.OPENAI_CODER_MODEL) return undefined;
  const model = config.OPENAI_CODER_MODEL;
  return new LlmCoder({ llm: adapterFor(config, model, timeoutMs), embedded, model, timeoutMs });
}
