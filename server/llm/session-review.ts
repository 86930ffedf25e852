/**
 * LLM coding of a session (opt-in with OPENAI_CODER_MODEL): each turn's counsellor message and client reply are
 * also coded by the model, and where it disagrees with the embedded coder the turn is kept for instructors.
 * The embedded codes stay the ones scored, so reports stay reproducible. At the end, the model writes the
 * report's alternatives. Tokens go into the session's `llmUsage`; any fault only leaves things as they were.
 */
import type { Case } from '../domain/cases/schema.js';
import type { CodingContext } from '../domain/coder/types.js';
import { buildReport, codedTranscript, type PracticeSession } from '../domain/practice/index.js';
import type { AlternativeWriter, LlmAlternative } from './alternatives.js';
import type { LlmCoded, LlmCoder } from './llm-coder.js';
import { addUsage, type SessionWithUsage, usageOf, type VoicedTurnResult } from './revoice.js';

export interface StoredDisagreement {
  turn: number;
  speaker: 'counsellor' | 'client';
  text: string;
  llm: string;
  embedded: string;
}

/** What LLM coding keeps in a session snapshot beside `llmUsage`. */
export type ReviewedSession = SessionWithUsage & {
  llmDisagreements?: StoredDisagreement[];
  llmAlternatives?: LlmAlternative[];
};

export class SessionReview {
  constructor(
    private readonly coder: LlmCoder,
    private readonly writer: AlternativeWriter,
  ) {}

  /** Codes the last turn of `result` with the model too, keeping disagreements and tokens. Never throws. */
  async codeTurn(result: VoicedTurnResult, c: Case): Promise<VoicedTurnResult> {
    const session = result.session as ReviewedSession;
    const last = session.turns.at(-1);
    if (!last) return result;
    const coded = codedTranscript(session);
    const before = coded.slice(0, -2).map((u) => ({ speaker: u.speaker, text: u.text }));
    const ctx = (history: CodingContext['history']): CodingContext => ({
      history,
      lang: session.lang,
      targetBehaviour: c.targetBehaviour[session.lang],
    });
    const withCounsellor = [...before, { speaker: 'counsellor' as const, text: last.counsellor.text }];
    const [counsellor, client] = await Promise.all([
      this.coder.codeCounsellor(last.counsellor.text, ctx(before)),
      this.coder.codeClient(last.client.text, ctx(withCounsellor)),
    ]);
    const found: StoredDisagreement[] = [];
    const check = (speaker: StoredDisagreement['speaker'], text: string, r: LlmCoded<{ code: string }>) => {
      if (r.embeddedCode !== undefined)
        found.push({ turn: last.turn, speaker, text, llm: r.coding.code, embedded: r.embeddedCode });
    };
    check('counsellor', last.counsellor.text, counsellor);
    check('client', last.client.text, client);
    let usage = addUsage(usageOf(session), counsellor.usage ?? ZERO, 1);
    usage = addUsage(usage, client.usage ?? ZERO, 1);
    const next: ReviewedSession = {
      ...session,
      llmUsage: usage,
      llmDisagreements: [...(session.llmDisagreements ?? []), ...found],
    };
    return { ...result, session: next };
  }

  /** The session with the model's alternatives for its report's suggestions. Never throws. */
  async writeAlternatives(session: PracticeSession, c: Case): Promise<ReviewedSession> {
    const suggestions = buildReport(session).suggestions;
    if (suggestions.length === 0) return session;
    const written = await this.writer.write(suggestions, codedTranscript(session), c, session.lang);
    return {
      ...session,
      llmUsage: addUsage(usageOf(session), written.usage, written.calls),
      llmAlternatives: written.alternatives,
    };
  }
}

const ZERO = { promptTokens: 0, completionTokens: 0 };
