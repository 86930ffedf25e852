/** Small builders for coder tests: a conversation as [speaker, text] pairs. */

import { createCoder } from '../../server/domain/coder/index.js';
import type { Utterance } from '../../server/domain/coder/types.js';
import type { Lang } from '../../server/domain/codes.js';

/**
 * The rules alone: these tests pin down what each rule does. The trained model on top of them (in typed
 * conversations) is measured on held-out lines in lines.test.ts and fixtures.test.ts, and tested in model.test.ts.
 */
export const coder = createCoder({ model: false });

export function history(...turns: [Utterance['speaker'], string][]): Utterance[] {
  return turns.map(([speaker, text]) => ({ speaker, text }));
}

/** Codes a counsellor reply to one client utterance. */
export function reply(lang: Lang, client: string, counsellor: string) {
  return coder.codeCounsellor(counsellor, { history: history(['client', client]), lang });
}
