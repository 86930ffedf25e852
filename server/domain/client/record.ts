/**
 * What the client's own reply changes in its state: lines used (never repeated), what has been said, a step
 * agreed, a petal opened by talking about it. Pure.
 */
import type { Intent } from './intent.js';
import { advanceStage } from './stage.js';
import { type ClientState, clamp, round1, SCALE_MAX, SCALE_MIN } from './state.js';

/**
 * Hearing oneself voice change talk strengthens it (self-perception): each change-talk line adds a little
 * importance, and talk about being able to adds confidence.
 */
export const SELF_PERSUASION_IMPORTANCE = 0.1;
export const SELF_PERSUASION_CONFIDENCE = 0.3;

/** Each intent in the reply, the follow-up included. */
function partsOf(intent: Intent): Intent[] {
  if ((intent.kind === 'react' || intent.kind === 'elaborate') && intent.followUp)
    return [intent, intent.followUp];
  return [intent];
}

export function recordReply(state: ClientState, intent: Intent, lineIds: readonly string[]): ClientState {
  const parts = partsOf(intent);
  const changeTalk = [...state.said.changeTalk];
  let sustainTalk = state.said.sustainTalk;
  const petals = [...state.said.petals];
  const openPetals = [...state.openPetals];
  for (const part of parts) {
    if (part.kind === 'changeTalk') changeTalk.push(part.darn);
    if (part.kind === 'sustainTalk' || part.kind === 'pushBack') sustainTalk += 1;
    if (part.kind === 'elaborate') {
      petals.push(part.petal);
      if (!openPetals.includes(part.petal)) openPetals.push(part.petal);
    }
  }
  const agreedStep = state.agreedStep || intent.kind === 'agreeStep';
  const newChange = changeTalk.slice(state.said.changeTalk.length);
  const bump = (v: number, step: number) => round1(clamp(v + step, SCALE_MIN, SCALE_MAX));
  const next: ClientState = {
    ...state,
    importance: bump(state.importance, SELF_PERSUASION_IMPORTANCE * newChange.length),
    confidence: bump(
      state.confidence,
      SELF_PERSUASION_CONFIDENCE * newChange.filter((k) => k === 'ability').length,
    ),
    usedLines: [...state.usedLines, ...lineIds.filter((id) => !state.usedLines.includes(id))],
    said: { changeTalk, sustainTalk, petals },
    openPetals,
    agreedStep,
  };
  return { ...next, stage: advanceStage(next) };
}
