/**
 * Disguised confrontations a trainer typed while playing the app, which the patterns missed (coded as open or
 * closed questions): the judgement of others by name ("what Ida will think of you"), exposure ("what Jonas will
 * say if he finds out"), and the statement form "Du har måske tænkt på…". Kept apart from the held-out sets in
 * test/fixtures/confrontation/, which were written before the patterns.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../server/domain/coder/index.js';

const coder = createCoder();
const code = (text: string, lang: 'nb' | 'da' | 'en') =>
  coder.codeCounsellor(text, { history: [{ speaker: 'client', text: 'Det vet jeg ikke.' }], lang }).code;

describe('disguised confrontation found playing', () => {
  it.each([
    ['en', 'Have you thought about what Ida will think of you if you just say no?'],
    ['en', 'What will Tom say when he finds out?'],
    ['da', 'Du har måske tænkt på, hvad din kæreste vil sige, hvis barnet bliver født for tidligt?'],
    ['da', 'Har du tænkt på, hvad Emil vil tænke om dig?'],
    ['nb', 'Har du tenkt på hva Jonas vil si hvis han får vite at du fortsatt røyker?'],
    ['nb', 'Har du tenkt på hva Anders vil tenke om deg hvis du sier nei?'],
  ] as const)('%s: %s is Confront', (lang, text) => {
    expect(code(text, lang)).toBe('CONFRONT');
  });

  it.each([
    ['en', 'What would Ida think of the new dinners?'],
    ['en', 'What do you think Ida would say about a veggie day?'],
    ['nb', 'Hva tror du Anders ville sagt om en kjøttfri dag?'],
    ['da', 'Hvad tror du, Emil vil sige til en grøntsagsdag?'],
  ] as const)('%s: asking what someone thinks of the change is not: %s', (lang, text) => {
    expect(['CONFRONT', 'PERSUADE']).not.toContain(code(text, lang));
  });
});
