/**
 * Glue between a turn the practice domain has taken (state moved, intent decided, embedded line chosen) and
 * the LLM voice: the model re-says the client's reply, the final text is re-coded with the coder, and the
 * tokens used are added to the session. The embedded line stays whenever the model fails or is caught.
 */
import type { Case } from '../domain/cases/schema.js';
import type { Coder, Utterance } from '../domain/coder/types.js';
import type { LlmClient, LlmUsage } from '../domain/ports/llm.js';
import { buildReport, type PracticeSession, type TurnResult } from '../domain/practice/index.js';
import { type FallbackReason, type VoiceOptions, voiceReply } from './client-voice.js';

export const LLM_ENGINE = 'llm';

/** Tokens and fallbacks of one session, kept in its snapshot (`llmUsage`). */
export interface LlmUsageRecord {
  promptTokens: number;
  completionTokens: number;
  /** Replies the model said. */
  replies: number;
  /** Replies that fell back to the embedded engine. */
  fallbacks: number;
  /** Every model call (replies, fallbacks, coding, alternatives); absent in sessions stored before it. */
  calls?: number;
}

/** `record` plus one model answer's tokens and `calls` more calls. */
export function addUsage(record: LlmUsageRecord, usage: LlmUsage, calls: number): LlmUsageRecord {
  return {
    ...record,
    promptTokens: record.promptTokens + usage.promptTokens,
    completionTokens: record.completionTokens + usage.completionTokens,
    calls: (record.calls ?? record.replies + record.fallbacks) + calls,
  };
}

export type SessionWithUsage = PracticeSession & { llmUsage?: LlmUsageRecord };

/** What a voiced turn adds to a TurnResult: which engine said the reply, and whether to tell the user. */
export interface VoiceOutcome {
  engine: 'llm' | 'embedded';
  fallback?: FallbackReason;
  /** The first fallback of the session: the user is told once. */
  notify: boolean;
  usage: LlmUsageRecord;
}
export type VoicedTurnResult = TurnResult & { voice?: VoiceOutcome };

export function usageOf(session: PracticeSession): LlmUsageRecord {
  return (
    (session as SessionWithUsage).llmUsage ?? {
      promptTokens: 0,
      completionTokens: 0,
      replies: 0,
      fallbacks: 0,
    }
  );
}

export interface ClientVoiceOptions {
  llm: LlmClient;
  coder: Coder;
  model?: string;
  timeoutMs?: number;
  /** Where the cause of a fallback is logged (never with the key: it is not known here). */
  log?: (fields: Record<string, unknown>, message: string) => void;
}

export class ClientVoice {
  readonly engine = LLM_ENGINE;
  constructor(private readonly opts: ClientVoiceOptions) {}

  /** Re-voices the last turn of `result`. Never throws for a model fault. */
  async revoice(
    result: TurnResult,
    c: Case,
    stream: Pick<VoiceOptions, 'onToken' | 'signal'> = {},
  ): Promise<VoicedTurnResult> {
    const session = result.session;
    const last = session.turns[session.turns.length - 1];
    if (!last?.client.intent) return result;
    const before: Utterance[] = [{ speaker: 'client', text: session.opening.text }];
    for (const t of session.turns.slice(0, -1)) {
      before.push(
        { speaker: 'counsellor', text: t.counsellor.text },
        { speaker: 'client', text: t.client.text },
      );
    }
    const reply = await voiceReply(
      this.opts.llm,
      last.client.intent,
      {
        case: c,
        lang: session.lang,
        state: last.state,
        history: before,
        counsellorText: last.counsellor.text,
        draft: last.client.text,
      },
      {
        ...stream,
        ...(this.opts.model ? { model: this.opts.model } : {}),
        ...(this.opts.timeoutMs ? { timeoutMs: this.opts.timeoutMs } : {}),
      },
    );
    if (reply.fallback) {
      this.opts.log?.(
        { engine: LLM_ENGINE, reason: reply.fallback, caseId: c.id, turn: last.turn },
        'LLM reply fell back to the embedded engine',
      );
    }
    const prior = usageOf(session);
    const usage: LlmUsageRecord = {
      ...addUsage(prior, reply.usage, 1),
      replies: prior.replies + (reply.engine === 'llm' ? 1 : 0),
      fallbacks: prior.fallbacks + (reply.engine === 'embedded' ? 1 : 0),
    };
    const outcome: VoiceOutcome = {
      engine: reply.engine,
      ...(reply.fallback ? { fallback: reply.fallback } : {}),
      notify: reply.engine === 'embedded' && prior.fallbacks === 0,
      usage,
    };
    let clientTurn = last.client;
    if (reply.engine === 'llm') {
      const history = [...before, { speaker: 'counsellor' as const, text: last.counsellor.text }];
      const coding = this.opts.coder.codeClient(reply.text, {
        history,
        lang: session.lang,
        targetBehaviour: c.targetBehaviour[session.lang],
      });
      clientTurn = { ...last.client, text: reply.text, coding };
    }
    const turn = { ...last, client: clientTurn };
    const next: SessionWithUsage = {
      ...session,
      turns: [...session.turns.slice(0, -1), turn],
      llmUsage: usage,
    };
    return { ...result, session: next, clientTurn, report: buildReport(next), voice: outcome };
  }
}
