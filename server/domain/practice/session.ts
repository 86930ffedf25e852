/**
 * A practice session as plain, JSON-serialisable data: everything needed to show the transcript, compute the
 * report and resume the session later (the case itself is looked up by `caseId`).
 */

import type { Intent } from '../client/intent.js';
import type { ClientState } from '../client/state.js';
import type { ClientCoding, CounsellorCoding } from '../coder/types.js';
import type { Lang, Preset } from '../codes.js';

export const SESSION_VERSION = 1;

export interface CounsellorTurn {
  text: string;
  coding: CounsellorCoding;
  /** A short tip on this turn, when hints are on. */
  tip?: string;
}

export interface ClientTurn {
  text: string;
  /** The coder's code for the reply (CHANGE / SUSTAIN / NEUTRAL): what the user sees. */
  coding: ClientCoding;
  /** What the engine meant to do; null for the opening line. */
  intent: Intent | null;
  /** The case-file line id(s) said, joined with `+`. */
  lineId: string;
}

export interface PracticeTurn {
  /** 1-based counsellor turn number. */
  turn: number;
  counsellor: CounsellorTurn;
  client: ClientTurn;
  /** The client's state after this turn. */
  state: ClientState;
}

export interface PracticeSession {
  version: typeof SESSION_VERSION;
  caseId: string;
  lang: Lang;
  preset: Preset;
  seed: number;
  hints: boolean;
  /** The PRNG's state after the last turn, so a resumed session continues the same sequence. */
  rngState: number;
  /** The client's first line, before any counsellor turn. */
  opening: ClientTurn;
  initialState: ClientState;
  /** The current state (the last turn's state, or the initial one). */
  state: ClientState;
  turns: PracticeTurn[];
  ended: boolean;
}

/** The state before the first turn and after each turn. */
export function stateHistory(session: PracticeSession): ClientState[] {
  return [session.initialState, ...session.turns.map((t) => t.state)];
}
