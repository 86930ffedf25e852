/** The LLM engine's part of a session view: tokens used, coder disagreements, and the report's alternatives. */

import type { PracticeSession } from '../domain/practice/index.js';
import { withAlternatives } from '../llm/alternatives.js';
import { usageOf } from '../llm/revoice.js';
import type { ReviewedSession } from '../llm/session-review.js';
import type { LlmSummary, Report } from '../protocol/index.js';

/** Undefined for a session the LLM engine never touched (embedded engine, or stored before it). */
export function llmSummaryOf(session: PracticeSession, engine: string): LlmSummary | undefined {
  const s = session as ReviewedSession;
  if (engine !== 'llm' && !s.llmUsage) return undefined;
  const u = usageOf(session);
  return {
    usage: {
      promptTokens: u.promptTokens,
      completionTokens: u.completionTokens,
      totalTokens: u.promptTokens + u.completionTokens,
      calls: u.calls ?? u.replies + u.fallbacks,
      replies: u.replies,
      fallbacks: u.fallbacks,
    },
    coding: s.llmDisagreements !== undefined,
    disagreements: s.llmDisagreements ?? [],
  };
}

/** The wire report with the model-written alternatives in place of the embedded ones where it wrote one. */
export function withLlmAlternatives(report: Report, session: PracticeSession): Report {
  const written = (session as ReviewedSession).llmAlternatives;
  const suggestions = (report as { suggestions?: unknown }).suggestions;
  if (!written?.length || !Array.isArray(suggestions)) return report;
  const wire = suggestions as { index: number; code: string; alternative: string }[];
  return { ...report, suggestions: withAlternatives(wire, written) };
}
