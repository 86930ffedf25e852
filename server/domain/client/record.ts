/**
 * What the client's own reply changes in its state: lines used (never repeated), what has been said, a step
 * agreed, a petal opened by talking about it. Pure.
 */
import { type Intent, leaningOf } from './intent.js';
import { advanceStage } from './stage.js';
import { type ClientState, clamp, round1, SCALE_MAX, SCALE_MIN } from './state.js';

/**
 * Hearing oneself voice change talk strengthens it (self-perception): each change-talk line adds a little
 * importance, and talk about being able to adds confidence.
 */
export const SELF_PERSUASION_IMPORTANCE = 0.1;
export const SELF_PERSUASION_CONFIDENCE = 0.3;

/**
 * Voicing the other side is a small setback: importance dips a little each time, most when the core barrier
 * comes up, so readiness does not climb in a straight line.
 */
export const SUSTAIN_SETBACK = 0.15;
export const BARRIER_SETBACK = 0.3;

/** Each intent in the reply, follow-ups included. */
export function partsOf(intent: Intent): Intent[] {
  if ((intent.kind === 'react' || intent.kind === 'elaborate') && intent.followUp)
    return [intent, ...partsOf(intent.followUp)];
  if ((intent.kind === 'answer' || intent.kind === 'reflected') && intent.next)
    return [intent, ...partsOf(intent.next)];
  return [intent];
}

function setback(parts: readonly Intent[]): number {
  return parts.reduce(
    (sum, p) =>
      sum +
      (p.kind === 'barrier'
        ? BARRIER_SETBACK
        : p.kind === 'sustainTalk' || p.kind === 'pushBack'
          ? SUSTAIN_SETBACK
          : 0),
    0,
  );
}

/** Which way the reply leaned as a whole: its last part that leans either way. */
function replyLeaning(parts: readonly Intent[]): 'change' | 'sustain' | 'any' {
  const leaning = parts.map(leaningOf).filter((l) => l !== 'any');
  return leaning[leaning.length - 1] ?? 'any';
}

/** How the reply was heard (the coder's code of it), when known. */
type Heard = 'CHANGE' | 'SUSTAIN' | 'NEUTRAL';

function heardCounts(state: ClientState, heard: Heard | undefined): ClientState['heard'] {
  const was = state.heard ?? { change: 0, sustain: 0 };
  if (!heard) return was;
  return {
    change: was.change + (heard === 'CHANGE' ? 1 : 0),
    sustain: was.sustain + (heard === 'SUSTAIN' ? 1 : 0),
  };
}

export function recordReply(
  state: ClientState,
  intent: Intent,
  lineIds: readonly string[],
  heard?: Heard,
): ClientState {
  const parts = partsOf(intent);
  const changeTalk = [...state.said.changeTalk];
  let sustainTalk = state.said.sustainTalk;
  const petals = [...state.said.petals];
  const openPetals = [...state.openPetals];
  for (const part of parts) {
    if (part.kind === 'changeTalk') changeTalk.push(part.darn);
    if (part.kind === 'sustainTalk' || part.kind === 'pushBack' || part.kind === 'barrier') sustainTalk += 1;
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
    importance: bump(state.importance, SELF_PERSUASION_IMPORTANCE * newChange.length - setback(parts)),
    confidence: bump(
      state.confidence,
      SELF_PERSUASION_CONFIDENCE * newChange.filter((k) => k === 'ability').length,
    ),
    usedLines: [...state.usedLines, ...lineIds.filter((id) => !state.usedLines.includes(id))],
    said: { changeTalk, sustainTalk, petals },
    openPetals,
    agreedStep,
    factsTold: [...(state.factsTold ?? []), ...lineIds.filter((id) => id.startsWith('facts.answers.'))],
    barrierTold: (state.barrierTold ?? 0) + lineIds.filter((id) => id.startsWith('facts.barrier.')).length,
    lastLeaning: replyLeaning(parts),
    heard: heardCounts(state, heard),
    planRaised: (state.planRaised ?? false) || agreedStep,
  };
  return { ...next, stage: advanceStage(next) };
}
