/**
 * The simulated client's hidden state: plain, JSON-serialisable data. `nextState` (movements.ts) moves it with
 * each coded counsellor turn; the reply policy reads it to decide what the client does next.
 */

import type { Case, PresetSettings } from '../cases/schema.js';
import type { DarnCat, ExplorationLevel, Petal, Preset, Stage } from '../codes.js';

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
export const EXPLORATION_MIN = 1;
export const EXPLORATION_MAX = 5;

export interface ClientState {
  /** How important the change feels, 0..10. */
  importance: number;
  /** How confident the client is they could change, 0..10. */
  confidence: number;
  /** Friction with the counsellor, 0..10. */
  discord: number;
  /** Trust in the counsellor, 0..10. */
  trust: number;
  /** Continuous self-exploration, 1..5; `exploration` is its whole-number level. */
  explorationScore: number;
  exploration: ExplorationLevel;
  stage: Stage;
  /** Petals the counsellor has raised or the client has talked about, in the order they opened. */
  openPetals: Petal[];
  /** The counsellor asked permission and the client agreed: information is now welcome. */
  permissionGiven: boolean;
  /** The client agreed to a concrete step. */
  agreedStep: boolean;
  /** Line ids already said (never repeated within a session). */
  usedLines: string[];
  /** What has been said so far, by kind, for variety and for the LLM voice. */
  said: { changeTalk: DarnCat[]; sustainTalk: number; petals: Petal[] };
  /** Counsellor turns taken so far. */
  turn: number;
  /**
   * Session memory (optional: sessions stored before it existed resume without it). Facts told (ids), how many
   * barrier lines were said, which way the last reply leaned, and whether a plan or step has been raised: a
   * line that presupposes a plan waits until then.
   */
  factsTold?: string[];
  barrierTold?: number;
  lastLeaning?: 'change' | 'sustain' | 'any';
  planRaised?: boolean;
  /** The client's own replies as the coder heard them: what the user sees, and what ambivalence answers to. */
  heard?: { change: number; sustain: number };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounded to one decimal so that stored states stay readable and stable across runs. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function levelOf(score: number): ExplorationLevel {
  return clamp(Math.floor(score), EXPLORATION_MIN, EXPLORATION_MAX) as ExplorationLevel;
}

export function presetSettings(c: Case, preset: Preset): PresetSettings {
  return c.presets[preset];
}

/** Where a session starts: the preset's numbers and the case's stage of change. */
export function initialState(c: Case, preset: Preset): ClientState {
  const p = presetSettings(c, preset);
  return {
    importance: p.importance,
    confidence: p.confidence,
    discord: p.discord,
    trust: p.trust,
    explorationScore: p.exploration,
    exploration: levelOf(p.exploration),
    stage: c.stage,
    openPetals: [],
    permissionGiven: false,
    agreedStep: false,
    usedLines: [],
    said: { changeTalk: [], sustainTalk: 0, petals: [] },
    turn: 0,
    factsTold: [],
    barrierTold: 0,
    planRaised: false,
  };
}

/** The part of the state a user may see (CLI --json, presenter view): no line bookkeeping. */
export interface VisibleState {
  importance: number;
  confidence: number;
  discord: number;
  trust: number;
  exploration: ExplorationLevel;
  stage: Stage;
  openPetals: Petal[];
}

export function visibleState(s: ClientState): VisibleState {
  return {
    importance: s.importance,
    confidence: s.confidence,
    discord: s.discord,
    trust: s.trust,
    exploration: s.exploration,
    stage: s.stage,
    openPetals: [...s.openPetals],
  };
}
