/** Maps stored sessions to what the wire carries (SessionView): no hidden state, no token hashes. */
import { visibleState } from '../domain/client/state.js';
import type { ClassTag, StoredSession } from '../domain/ports/session-store.js';
import { buildReport, type PracticeSession, type PracticeTurn } from '../domain/practice/index.js';
import { tagTallies } from '../domain/rooms/tallies.js';
import { type SessionView, toWireReport } from '../protocol/index.js';
import { autoCodes } from '../rooms/views.js';
import { type AnalysisSnapshot, analysisReport } from './analysis.js';
import { llmSummaryOf, withLlmAlternatives } from './llm-view.js';
import { storedTurns, storedUtterances } from './stored-codings.js';

export type PracticeSnapshot = Omit<PracticeSession, 'turns'>;

export function practiceOf(stored: StoredSession): PracticeSession {
  return { ...(stored.snapshot as PracticeSnapshot), turns: storedTurns(stored.turns) };
}

export function snapshotOf(session: PracticeSession): PracticeSnapshot {
  const { turns: _turns, ...snapshot } = session;
  return snapshot;
}

export function turnView(t: PracticeTurn): SessionView['turns'][number] {
  return {
    turn: t.turn,
    counsellor:
      t.counsellor.tip === undefined
        ? { text: t.counsellor.text, coding: t.counsellor.coding }
        : t.counsellor,
    client: { text: t.client.text, coding: t.client.coding },
    state: visibleState(t.state),
  };
}

function common(stored: StoredSession) {
  return {
    id: stored.id,
    kind: stored.kind,
    caseId: stored.caseId,
    lang: stored.lang,
    preset: stored.preset,
    engine: stored.engine,
    createdAt: stored.createdAt,
    ended: stored.ended,
  };
}

/** `tags`: a class demonstration's observer tags, when the caller loaded them. */
export function sessionView(stored: StoredSession, tags: readonly ClassTag[] = []): SessionView {
  if (stored.kind === 'analysis') {
    const utterances = storedUtterances(stored.turns);
    return {
      ...common(stored),
      hints: false,
      opening: null,
      turns: [],
      utterances,
      state: null,
      report: analysisReport(stored.snapshot as AnalysisSnapshot, utterances),
      classTags: null,
    };
  }
  const session = practiceOf(stored);
  const turns = session.turns.map(turnView);
  const llm = llmSummaryOf(session, stored.engine);
  return {
    ...common(stored),
    hints: session.hints,
    opening: { text: session.opening.text, coding: session.opening.coding },
    turns,
    classTags: tags.length > 0 ? tagTallies(tags, autoCodes(turns)) : null,
    utterances: null,
    state: visibleState(session.state),
    report: withLlmAlternatives(toWireReport(buildReport(session)), session),
    ...(llm ? { llm } : {}),
  };
}
