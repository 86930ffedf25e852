/**
 * "Have you tried … before?" asks what the client has tried: a closed question, not advice wrapped in a question
 * (found playing the app, where "Har I prøvet at lave vegetarisk før?" was marked MI-inconsistent). Without the
 * history word the same opening still reads as the suggestion it usually is.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../server/domain/coder/index.js';

const coder = createCoder();
const code = (text: string, lang: 'nb' | 'da' | 'en') =>
  coder.codeCounsellor(text, { history: [], lang }).code;

describe('questions about what was tried before', () => {
  it.each([
    ['en', 'Have you tried cutting down before?'],
    ['en', 'have you tried quitting in the past'],
    ['nb', 'Har du prøvd å slutte før?'],
    ['nb', 'Har dere prøvd å lage vegetarmat tidligere?'],
    ['da', 'Har I prøvet at lave vegetarisk før?'],
    ['da', 'Har du prøvet at skære ned tidligere?'],
  ] as const)('%s: %s is a closed question', (lang, text) => {
    expect(code(text, lang)).toBe('QUESTION_CLOSED');
  });

  it.each([
    ['en', 'Have you tried just cutting down?'],
    ['en', 'Have you thought about just quitting before the baby comes?'],
    ['nb', 'Har du tenkt på å bare slutte før babyen kommer?'],
    ['da', 'Har du overvejet at stoppe, før barnet kommer?'],
  ] as const)('%s: %s is still advice in a question', (lang, text) => {
    expect(code(text, lang)).toBe('PERSUADE');
  });
});
