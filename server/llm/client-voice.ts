/**
 * The LLM client voice: the embedded engine has already decided what the client does (the Intent) and chosen
 * its own line; the model only re-says it in the client's voice. The reply is checked (empty, too long,
 * breaking character, speaking as the counsellor, wrong language) and any fault or failed check gives back the
 * embedded line, within the deadline, with the cause so the user can be told once. So does a reply that names a
 * different number than the facts or does not answer the kind of question asked (answer-check.ts).
 */
import type { Intent } from '../domain/client/intent.js';
import { detectLang } from '../domain/coder/index.js';
import { type LlmClient, LlmError, type LlmErrorKind, type LlmUsage } from '../domain/ports/llm.js';
import { type AnswerFailure, checkAnswer } from './answer-check.js';
import { buildVoicePrompt, type VoicePromptInput } from './prompts.js';
import { answerContext } from './voice-answer.js';

export const MAX_REPLY_CHARS = 600;
export const REPLY_LENGTH_FACTOR = 3;
export const DEFAULT_VOICE_TIMEOUT_MS = 12_000;

export type GuardFailure =
  | 'empty'
  | 'too_long'
  | 'out_of_character'
  | 'as_counsellor'
  | 'wrong_language'
  | AnswerFailure;
export type FallbackReason = LlmErrorKind | GuardFailure;

export interface VoiceOptions {
  model?: string;
  /** The whole reply, retries included, must finish within this; then the embedded line is used. */
  timeoutMs?: number;
  onToken?: (delta: string) => void;
  signal?: AbortSignal;
}

export interface VoiceReply {
  text: string;
  engine: 'llm' | 'embedded';
  /** Why the embedded line was used instead of the model's. */
  fallback?: FallbackReason;
  usage: LlmUsage;
}

const OUT_OF_CHARACTER = [
  /\bas an? (ai|a\.i\.|artificial intelligence|language model|assistant|chatbot)\b/i,
  /\b(i am|i'm) (an? )?(ai|language model|large language model|assistant|chatbot|virtual assistant)\b/i,
  /\blanguage model\b/i,
  /\b(chatgpt|openai|anthropic|llama|mistral)\b/i,
  /\bsom (en )?(ki|ai|kunstig intelligens|språkmodell|sprogmodel|assistent)\b/i,
  /\b(jeg er|eg er) (en )?(ki|ai|kunstig intelligens|språkmodell|sprogmodel|chatbot)\b/i,
  /\b(språkmodell|sprogmodel)\b/i,
  /\bI cannot (comply|fulfil|fulfill|help with)\b/i,
];

/** A role label, or the counsellor's voice: "Counsellor:", "Rådgiver:", "As your counsellor". */
const AS_COUNSELLOR = [
  /^\s*\**\s*(counsel+or|therapist|nurse|doctor|coach|rådgiver|rådgjevar|veileder|vejleder|terapeut|behandler|sykepleier|sygeplejerske|jordmor|jordemoder|lege|læge)\s*\**\s*:/i,
  /^\s*\**\s*(client|klient|pasient|patient)\s*\**\s*:/i,
  /\bas your (counsel+or|therapist|nurse)\b/i,
  /\bsom (din|di) (rådgiver|veileder|vejleder|terapeut|sykepleier|sygeplejerske)\b/i,
];

/** The guards on the model's text; undefined when it may be shown. */
export function checkReply(
  text: string,
  draft: string,
  lang: VoicePromptInput['lang'],
): GuardFailure | undefined {
  const t = text.trim();
  if (t === '') return 'empty';
  if (t.length > MAX_REPLY_CHARS || t.length > REPLY_LENGTH_FACTOR * Math.max(draft.length, 40))
    return 'too_long';
  if (OUT_OF_CHARACTER.some((re) => re.test(t))) return 'out_of_character';
  if (AS_COUNSELLOR.some((re) => re.test(t))) return 'as_counsellor';
  // English against Norwegian/Danish is told apart reliably; bokmål against Danish in a short line is not.
  if (t.split(/\s+/).length >= 4) {
    const seen = detectLang(t, lang);
    if ((lang === 'en') !== (seen === 'en')) return 'wrong_language';
  }
  return undefined;
}

/** Tidies what models often add: surrounding quotes. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/^["“«](.*)["”»]$/s, '$1')
    .trim();
}

const ZERO: LlmUsage = { promptTokens: 0, completionTokens: 0 };

/**
 * Re-says `intent` (already decided) in the client's voice. Never throws for a model fault: the embedded line
 * (`ctx.draft`) comes back with the reason instead.
 */
export async function voiceReply(
  llm: LlmClient,
  intent: Intent,
  ctx: Omit<VoicePromptInput, 'intent'>,
  opts: VoiceOptions = {},
): Promise<VoiceReply> {
  const { messages } = buildVoicePrompt({ ...ctx, intent });
  const deadline = new AbortController();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_VOICE_TIMEOUT_MS;
  const timer = setTimeout(
    () => deadline.abort(new LlmError('timeout', `no reply within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline.signal]) : deadline.signal;
  const embedded = (fallback: FallbackReason, usage: LlmUsage = ZERO): VoiceReply => ({
    text: ctx.draft,
    engine: 'embedded',
    fallback,
    usage,
  });
  try {
    const result = await llm.chat({
      messages,
      ...(opts.model ? { model: opts.model } : {}),
      temperature: 0.7,
      maxTokens: 220,
      signal,
      ...(opts.onToken ? { onToken: opts.onToken } : {}),
    });
    const text = tidy(result.text);
    // The same contract as the embedded client: the kind of answer asked for, and the case's facts.
    const { frame } = answerContext(ctx.case, ctx.lang, ctx.state, ctx.counsellorText);
    const people = ctx.case.facts?.people.map((p) => p.name) ?? [];
    const failed =
      checkReply(text, ctx.draft, ctx.lang) ?? checkAnswer(text, ctx.draft, frame.kind, ctx.lang, people);
    if (failed) return embedded(failed, result.usage);
    return { text, engine: 'llm', usage: result.usage };
  } catch (err) {
    if (err instanceof LlmError) return embedded(err.kind);
    // A deadline abort may surface as a plain AbortError.
    return embedded(deadline.signal.aborted ? 'timeout' : 'upstream');
  } finally {
    clearTimeout(timer);
  }
}
