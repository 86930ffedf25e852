import { describe, expect, it } from 'vitest';
import { detectLang } from '../../server/domain/coder/index.js';

describe('detectLang', () => {
  it.each([
    ['I want to be a better dad for my kids.', 'en'],
    ['Hva tenker du om det nå?', 'nb'],
    ['Jeg vet ikke helt, det er mye som skjer.', 'nb'],
    ['Hvad tænker du om det nu?', 'da'],
    ['Jeg ved det ikke, der sker meget lige nu.', 'da'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('falls back when there is nothing to go on', () => {
    expect(detectLang('', 'nb')).toBe('nb');
  });
});
