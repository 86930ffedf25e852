/**
 * The end-of-session report: the counsellor's MITI report (server/domain/scores/) and how the client
 * responded: change-talk share as coded by the coder, exploration reached, where the state ended.
 */

import { type VisibleState, visibleState } from '../client/state.js';
import type { CodedUtterance } from '../coder/types.js';
import type { ExplorationLevel, Lang } from '../codes.js';
import { type Suggestion, sessionSuggestions } from '../feedback/index.js';
import { buildReport as buildSessionReport } from '../scores/index.js';
import { codedTranscript, type MitiSummary, mitiSummary, type SessionReport } from './adapters.js';
import { type PracticeSession, stateHistory } from './session.js';

export interface ClientSummary {
  change: number;
  sustain: number;
  neutral: number;
  /** CT / (CT + ST); null when the client said neither. */
  changeShare: number | null;
  exploration: { start: ExplorationLevel; max: ExplorationLevel; end: ExplorationLevel };
  agreedStep: boolean;
  final: VisibleState;
}

/** The report of any coded transcript: a practice session or an analysed real conversation. */
export interface TranscriptReport {
  lang: Lang;
  /** Counsellor turns. */
  turns: number;
  /** The compact MITI summary the wire report carries. */
  miti: MitiSummary;
  /** The full MITI report of server/domain/scores/: globals, bands, change-talk course, techniques. */
  scores: SessionReport;
  /** The three most useful suggestions, each with an alternative the trainee could have said. */
  suggestions: Suggestion[];
  client: Pick<ClientSummary, 'change' | 'sustain' | 'neutral' | 'changeShare'>;
}

export interface PracticeReport extends TranscriptReport {
  caseId: string;
  preset: PracticeSession['preset'];
  client: ClientSummary;
}

/**
 * Scores and suggestions from a coded transcript; the client's talk counted from its coded replies. `discord`, the
 * simulated client's discord per utterance, lets the suggestions fit the client's state at each turn.
 */
export function transcriptReport(
  coded: readonly CodedUtterance[],
  lang: Lang,
  discord?: readonly number[],
): TranscriptReport {
  const counsellor = coded.flatMap((u) => (u.speaker === 'counsellor' ? [u.coding] : []));
  const client = coded.flatMap((u) => (u.speaker === 'client' ? [u.coding.code] : []));
  const count = (code: string) => client.filter((c) => c === code).length;
  return {
    lang,
    turns: counsellor.length,
    miti: mitiSummary(counsellor),
    scores: buildSessionReport(coded, lang),
    suggestions: sessionSuggestions(coded, lang, discord ? { discord } : {}),
    client: {
      change: count('CHANGE'),
      sustain: count('SUSTAIN'),
      neutral: count('NEUTRAL'),
      changeShare: changeShare(count('CHANGE'), count('SUSTAIN')),
    },
  };
}

/** Change-talk share as a number rounded to two decimals. */
export function changeShare(change: number, sustain: number): number | null {
  return change + sustain === 0 ? null : Math.round((100 * change) / (change + sustain)) / 100;
}

export function clientSummary(session: PracticeSession): ClientSummary {
  // The opening line is scripted by the case, not a response to the counsellor: leave it out.
  const codes = session.turns.map((t) => t.client.coding.code);
  const count = (code: string) => codes.filter((c) => c === code).length;
  const levels = stateHistory(session).map((s) => s.exploration);
  const change = count('CHANGE');
  const sustain = count('SUSTAIN');
  return {
    change,
    sustain,
    neutral: count('NEUTRAL'),
    changeShare: changeShare(change, sustain),
    exploration: {
      start: session.initialState.exploration,
      max: Math.max(...levels) as ExplorationLevel,
      end: session.state.exploration,
    },
    agreedStep: session.state.agreedStep,
    final: visibleState(session.state),
  };
}

/**
 * The client's discord as each utterance of `codedTranscript(session)` was said: the opening and the first
 * counsellor turn under the initial state, then each pair under the state the client's last reply left.
 */
function discordByUtterance(session: PracticeSession): number[] {
  const states = stateHistory(session);
  const n = 1 + 2 * session.turns.length;
  return Array.from({ length: n }, (_, i) => states[Math.floor(i / 2)]?.discord ?? 0);
}

export function buildReport(session: PracticeSession): PracticeReport {
  return {
    ...transcriptReport(codedTranscript(session), session.lang, discordByUtterance(session)),
    caseId: session.caseId,
    preset: session.preset,
    client: clientSummary(session),
  };
}
