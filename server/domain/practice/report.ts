/**
 * The end-of-session report: the counsellor's MITI report (server/domain/scores/) and how the client
 * responded: change-talk share as coded by the coder, exploration reached, where the state ended.
 */

import { type VisibleState, visibleState } from '../client/state.js';
import type { ExplorationLevel } from '../codes.js';
import { type MitiSummary, mitiReport, mitiSummary, type SessionReport } from './adapters.js';
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

export interface PracticeReport {
  caseId: string;
  lang: PracticeSession['lang'];
  preset: PracticeSession['preset'];
  turns: number;
  /** The compact MITI summary the wire report carries. */
  miti: MitiSummary;
  /** The full MITI report of server/domain/scores/: globals, bands, change-talk course, techniques. */
  scores: SessionReport;
  client: ClientSummary;
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

export function buildReport(session: PracticeSession): PracticeReport {
  return {
    caseId: session.caseId,
    lang: session.lang,
    preset: session.preset,
    turns: session.turns.length,
    miti: mitiSummary(session.turns.map((t) => t.counsellor.coding)),
    scores: mitiReport(session),
    client: clientSummary(session),
  };
}
