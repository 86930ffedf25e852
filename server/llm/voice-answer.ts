/**
 * What the LLM voice must keep to, the same contract as the embedded client: the kind of answer the counsellor's
 * turn asks for (frame.ts), the case's facts that bear on it (the same number, day and person every time), and
 * what the client has already said or agreed in this session, so the model neither changes a fact nor talks of
 * a plan that was never made.
 */
import type { Case } from '../domain/cases/schema.js';
import { findFact } from '../domain/client/facts.js';
import { type AskKind, type Frame, readFrame } from '../domain/client/frame.js';
import { lineById } from '../domain/client/memory.js';
import type { ClientState } from '../domain/client/state.js';
import type { Lang } from '../domain/codes.js';

const MAX_FACTS = 4;

const FRAME_TEXT: Record<AskKind, string> = {
  yesNo: 'a yes/no question: say yes or no (or that you are not sure) first.',
  when: 'when: name the time, day or how long ago first.',
  howMany: 'how many / how much: name the amount first.',
  howOften: 'how often: name how often first.',
  who: 'who: name the person first.',
  where: 'where: name the place first.',
  why: 'why: give your reason.',
  whatHow: 'an open question: answer what was asked.',
  scaling: 'a number on a scale: give the number.',
  lookingBack: 'looking back: say how things were before.',
  lookingForward: 'looking ahead: say how you see things going.',
  hypothetical: 'a what-if: say what would happen or be different.',
  permission: 'asking permission: say whether they may go ahead.',
  reflection: 'a reflection of what you said: say whether it fits, then go on.',
  summary: 'a summary: say whether it fits, then go on.',
  statement: 'a remark: react to it.',
};

export interface AnswerContext {
  frame: Frame;
  frameText: string;
  /** Facts that bear on this turn, in the client's language. */
  facts: string[];
  /** What the client has already said or agreed in this session, in plain words for the model. */
  memory: string[];
}

function toldFacts(c: Case, state: ClientState, lang: Lang): string[] {
  const told = [...new Set(state.factsTold ?? [])];
  return told.flatMap((id) => {
    const line = lineById(c, id);
    return line ? [line[lang]] : [];
  });
}

function memoryOf(c: Case, state: ClientState, lang: Lang): string[] {
  const out = toldFacts(c, state, lang).map((f) => `You told the counsellor: "${f}"`);
  if ((state.barrierTold ?? 0) > 0 && c.facts) {
    out.push(`You have told the counsellor what really holds you back: ${c.facts.barrier.name[lang]}`);
  }
  if (state.agreedStep) out.push('You agreed to a concrete next step.');
  else if (state.planRaised)
    out.push('A plan or next step has been talked about, but you have not agreed to one.');
  else out.push('No plan or step has been proposed or agreed yet: do not talk as if one had.');
  return out.slice(-MAX_FACTS - 2);
}

export function answerContext(
  c: Case,
  lang: Lang,
  state: ClientState,
  counsellorText: string,
): AnswerContext {
  const frame = readFrame(counsellorText, lang);
  const asked = findFact(c, frame, lang)?.fact.answer[lang];
  const facts = [...new Set([...(asked ? [asked] : []), ...toldFacts(c, state, lang)])].slice(0, MAX_FACTS);
  return { frame, frameText: FRAME_TEXT[frame.kind], facts, memory: memoryOf(c, state, lang) };
}
