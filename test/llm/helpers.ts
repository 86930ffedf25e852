/** Shared by the LLM tests: the real cases, a real coder, and counsellor lines to play sessions with. */
import { loadCasesOrThrow } from '../../server/cases/load-cases.js';
import type { Case } from '../../server/domain/cases/schema.js';
import { createCoder } from '../../server/domain/coder/index.js';
import type { Lang } from '../../server/domain/codes.js';
import {
  type PracticeSession,
  startPractice,
  type TurnResult,
  takeTurn,
} from '../../server/domain/practice/index.js';
import { personasDir } from '../../server/paths.js';

export const coder = createCoder();

export async function personaCases(): Promise<Case[]> {
  return loadCasesOrThrow(personasDir());
}

/** Five counsellor turns of mixed kinds, cycled through a session. */
export const COUNSELLOR_LINES: Record<Lang, string[]> = {
  en: [
    'What would you like to talk about today?',
    'It sounds like part of you wants things to be different.',
    'How important is this for you, on a scale from 0 to 10?',
    'You have already thought a lot about this, and that takes effort.',
    'What might be a first small step, if you decided to go for it?',
  ],
  nb: [
    'Hva har du lyst til å snakke om i dag?',
    'Det høres ut som en del av deg ønsker at ting skal bli annerledes.',
    'Hvor viktig er dette for deg, på en skala fra 0 til 10?',
    'Du har allerede tenkt mye på dette, og det krever innsats.',
    'Hva kan være et første lite steg, hvis du bestemte deg for det?',
  ],
  da: [
    'Hvad har du lyst til at tale om i dag?',
    'Det lyder som om en del af dig gerne vil have, at tingene bliver anderledes.',
    'Hvor vigtigt er det for dig, på en skala fra 0 til 10?',
    'Du har allerede tænkt meget over det, og det kræver en indsats.',
    'Hvad kunne være et første lille skridt, hvis du besluttede dig for det?',
  ],
};

export function start(c: Case, lang: Lang, seed = 7): PracticeSession {
  return startPractice({ case: c, lang, preset: 'ambivalent', seed, hints: false }, { coder });
}

/** One embedded turn with the n-th (0-based) line of the cycle. */
export function turn(session: PracticeSession, c: Case, n: number): TurnResult {
  const lines = COUNSELLOR_LINES[session.lang];
  return takeTurn(session, lines[n % lines.length] ?? '', { coder, case: c });
}
