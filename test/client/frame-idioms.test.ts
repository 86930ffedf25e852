/** "Where does that leave you?" is a question about meaning, not about a place: found playing the app. */
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../server/domain/client/frame.js';

describe('idioms of where that ask what and how', () => {
  it.each([
    ['en', 'So the cigarettes help with stress, and you worry about the baby. Where does that leave you?'],
    ['en', 'where do you stand on it now'],
    ['nb', 'Du vil ha ro, og du er bekymret for armen. Hvor står du nå?'],
    ['nb', 'hvor etterlater det deg'],
    ['da', 'Du vil gerne have ro, og du er bekymret for armen. Hvor står du nu?'],
    ['da', 'Hvor efterlader det dig?'],
    ['da', 'Så I er ret sikre på maden, men ikke på børnene. Hvor står I så nu?'],
    ['nb', 'Hvor står dere nå?'],
  ] as const)('%s: %s', (lang, text) => {
    expect(readFrame(text, lang).kind).toBe('whatHow');
  });

  it.each([
    ['en', 'Where do you usually smoke?'],
    ['nb', 'Hvor pleier du å røyke?'],
    ['da', 'Hvor plejer du at ryge?'],
  ] as const)('%s: a place is still a place: %s', (lang, text) => {
    expect(readFrame(text, lang).kind).toBe('where');
  });
});
