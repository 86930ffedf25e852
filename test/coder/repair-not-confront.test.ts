/**
 * Repair is not confrontation (found by a trainer playing the app): an apology that takes a hard word back, and a
 * reflection after it, are never coded Confront or Persuade; a label said outright still is.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../server/domain/coder/index.js';

const coder = createCoder();
const MI_INCONSISTENT = ['CONFRONT', 'PERSUADE'];

describe('repair is not confrontation', () => {
  it.each([
    ['nb', 'Jeg er ikke avhengig.', 'Beklager, jeg mente ikke at du er avhengig. Jeg ble bare nysgjerrig.'],
    ['nb', 'Du høres ut som mora mi.', 'Unnskyld, det hørtes belærende ut. Du vil bestemme selv.'],
    [
      'da',
      'Du lyder som min mor.',
      'Undskyld, det lød som en prædiken. Du synes ikke, det er mobilen, der er problemet.',
    ],
    ['da', 'Jeg er ikke afhængig.', 'Undskyld, jeg mente ikke, at du er afhængig.'],
    ['en', "I'm not an addict.", "Sorry, I didn't mean that you're an addict. I was curious about your mum."],
  ] as const)('%s: %s → %s', (lang, client, text) => {
    const c = coder.codeCounsellor(text, { history: [{ speaker: 'client', text: client }], lang });
    for (const code of c.codes) expect(MI_INCONSISTENT).not.toContain(code);
  });

  it.each([
    ['nb', 'Du er avhengig, det ser jo alle.'],
    ['da', 'Du er afhængig, det kan alle jo se.'],
    ['en', "You're an addict, everyone can see that."],
  ] as const)('%s: a label still confronts: %s', (lang, text) => {
    const c = coder.codeCounsellor(text, { history: [{ speaker: 'client', text: 'Det er fint.' }], lang });
    expect(c.code).toBe('CONFRONT');
  });
});
