/**
 * Stage of change follows importance, confidence and discord: it is a consequence of the conversation, not a
 * separate dial. Maintenance and relapse are never reached within one practice session, so they stay put.
 */
import type { Stage } from '../codes.js';
import type { ClientState } from './state.js';

export const IMPORTANCE_TO_CONTEMPLATE = 4;
export const IMPORTANCE_TO_PREPARE = 7;
export const CONFIDENCE_TO_PREPARE = 6;
/** Discord that pushes a preparing client back to weighing it up. */
export const DISCORD_SETBACK = 6;
/** Discord and low importance that push a contemplating client back to not considering it. */
export const DISCORD_RETREAT = 8;
export const IMPORTANCE_RETREAT = 3;

type StageInputs = Pick<ClientState, 'stage' | 'importance' | 'confidence' | 'discord' | 'agreedStep'>;

export function advanceStage(s: StageInputs): Stage {
  switch (s.stage) {
    case 'precontemplation':
      return s.importance >= IMPORTANCE_TO_CONTEMPLATE && s.discord < DISCORD_SETBACK
        ? 'contemplation'
        : s.stage;
    case 'contemplation':
      if (s.discord >= DISCORD_RETREAT && s.importance < IMPORTANCE_RETREAT) return 'precontemplation';
      return s.importance >= IMPORTANCE_TO_PREPARE &&
        s.confidence >= CONFIDENCE_TO_PREPARE &&
        s.discord < DISCORD_SETBACK
        ? 'preparation'
        : s.stage;
    case 'preparation':
      if (s.discord >= DISCORD_SETBACK) return 'contemplation';
      return s.agreedStep ? 'action' : s.stage;
    case 'action':
    case 'maintenance':
    case 'relapse':
      return s.stage;
  }
}

/** How far along the client is, for choosing preparatory vs mobilising change talk. */
export function isMobilising(stage: Stage): boolean {
  return stage === 'preparation' || stage === 'action' || stage === 'maintenance';
}
