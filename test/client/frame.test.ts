/** The frame reader in nb, da and en: what kind of answer a turn asks for, typed as trainees type. */
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../server/domain/client/frame.js';
import type { Lang } from '../../server/domain/codes.js';

const CASES: [Lang, string, string][] = [
  ['nb', 'Hvor mange sigaretter blir det på en vanlig dag nå?', 'howMany'],
  ['nb', 'hvor ofte ser du søsteren din', 'howOften'],
  ['nb', 'røyker du hver dag', 'yesNo'],
  ['nb', 'Hvor røyker du mest?', 'where'],
  ['nb', 'Når du tenker på babyen, hva kjenner du da?', 'whatHow'],
  ['nb', 'Det høres tungt ut. Hvorfor er det viktig for deg?', 'why'],
  ['nb', 'Kan jeg fortelle litt om programmet?', 'permission'],
  ['nb', 'kor lenge har det vært sånn', 'when'],
  ['da', 'Hvornår passer det dig at komme tilbage?', 'when'],
  ['da', 'Hvem laver mest mad hjemme hos jer?', 'who'],
  ['da', 'På en skala fra 0 til 10, hvor vigtigt er det?', 'scaling'],
  ['da', 'Hvad tænker du om fremtiden?', 'lookingForward'],
  ['da', 'hva tænker du om det', 'whatHow'],
  ['en', 'How many hours a day do you reckon you are on it?', 'howMany'],
  ['en', 'Who would notice first if the arm got worse?', 'who'],
  ['en', 'Do you smoke every day?', 'yesNo'],
  ['en', 'wat time do u usually go to bed', 'when'],
  ['en', 'Did you hear what I said?', 'yesNo'],
  ['en', 'Do you know when he is back?', 'when'],
  ['en', 'How did you manage it last time?', 'lookingBack'],
  ['en', 'If you decided to, how would you start?', 'hypothetical'],
];

describe('readFrame', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, kind) => {
    expect(readFrame(text, lang).kind).toBe(kind);
  });

  it('reads a statement as a reflection when the coder coded one, and hears overstatement', () => {
    const f = readFrame('So you never want to smoke again.', 'en', { code: 'COMPLEX_REFLECTION' });
    expect(f).toMatchObject({ kind: 'reflection', overstated: true });
    expect(readFrame('Du vil aldri mer røyke.', 'nb', { code: 'COMPLEX_REFLECTION' }).overstated).toBe(true);
    expect(readFrame('Du er usikker.', 'nb', { code: 'SIMPLE_REFLECTION' }).overstated).toBe(false);
  });
});
