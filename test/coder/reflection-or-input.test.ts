/**
 * Where a reflection and input share their words: a subject-matter word ("alcohol", "usually") said of the client,
 * a check of the counsellor's own understanding and the client's ability are not advice; the same words put to
 * the client as an option or a fact are input.
 */
import { describe, expect, it } from 'vitest';
import { reply } from './helpers.js';

describe('subject-matter words', () => {
  it.each([
    ['en', 'Only at the weekend, but then I have a few.', 'You usually have five or six drinks then.'],
    ['en', 'My mum keeps on at me about it.', 'You think the doctor would side with her.'],
    ['nb', 'Bare i helgene, men da blir det noen.', 'Du tar vanligvis fem-seks glass da.'],
    [
      'da',
      'Kun i weekenden, men så bliver det nogle stykker.',
      'Du har normalt fem-seks genstande i weekenden.',
    ],
  ] as const)('%s: said of the client, they are given back: %s', (lang, client, text) => {
    expect(reply(lang, client, text).code).toMatch(/REFLECTION/);
  });

  it.each([
    ['en', 'How do I get hold of them?', 'You can get patches at the pharmacy.'],
    ['en', 'Is it bad for the baby?', 'Alcohol passes to the baby through the placenta.'],
    ['nb', 'Hvor får jeg tak i det?', 'Du kan få plaster på apoteket.'],
    ['nb', 'Er det farlig for babyen?', 'Alkohol går over til fosteret gjennom morkaken.'],
    ['da', 'Hvor får jeg fat i det?', 'Du kan få plaster på apoteket.'],
    ['da', 'Er det farligt for barnet?', 'Alkohol går over til fosteret gennem moderkagen.'],
  ] as const)(
    '%s: put to the client as an option or a fact, they are information: %s',
    (lang, client, text) => {
      expect(reply(lang, client, text).code).toBe('GIVING_INFORMATION');
    },
  );
});

describe('words that sound like advice inside a reflection', () => {
  it.each([
    ['Let me make sure that I have understood. You keep trying and it slips.'],
    ['I want to make sure that I have got this right: you keep trying and it slips.'],
    ['You are not sure if you can do that every week.'],
    ['You have managed in the best way you can.'],
  ] as const)('en: "%s" is not Persuade', (text) => {
    expect(reply('en', 'I keep trying to cut down but it never sticks.', text).code).not.toMatch(/PERSUADE/);
  });

  it.each([
    ['Make sure that you eat before you drink.'],
    ['The best way is to stop completely.'],
    ['You can just go to the pharmacy and ask.'],
  ] as const)('en: "%s" is still Persuade', (text) => {
    expect(reply('en', 'I keep trying to cut down but it never sticks.', text).code).toBe('PERSUADE');
  });
});

describe('a reflection said rising', () => {
  it.each([
    ['So, what you are saying is you had a rough night?'],
    ['What I am hearing is that the nights are the hardest part?'],
    ['Okay, so the evening feed is the part of the day where everything starts to fall apart?'],
  ] as const)('en: "%s" reflects', (text) => {
    expect(
      reply('en', 'I was up all night with the baby again, the evening feed is a mess.', text).code,
    ).toMatch(/REFLECTION/);
  });

  it.each([
    ['What are you saying to yourself at three in the morning?'],
    ['Okay, so you sleep badly?'],
    // An agreement before it opens no reflection, however long the question after it.
    ['Sounds like a plan, and the whole family will be at the cabin with no signal on Sunday then?'],
  ] as const)('en: "%s" asks', (text) => {
    expect(reply('en', 'I was up all night with the baby again.', text).code).toMatch(/QUESTION/);
  });
});

describe('words of a goodbye or a manner of speaking', () => {
  it.each([
    ['en', 'Take care.'],
    ['en', 'Take care of yourself.'],
    ['nb', 'Ta vare på deg.'],
    ['nb', 'Ta godt vare på deg selv!'],
    ['da', 'Pas godt på dig selv.'],
  ] as const)('%s: "%s" says goodbye', (lang, text) => {
    expect(reply(lang, 'Okay, see you next week.', text).code).toBe('OTHER');
  });

  it.each([
    ['en', 'Take care of your liver and stop now.'],
    ['nb', 'Pass på deg selv og slutt nå.'],
    ['da', 'Pas på dig selv og stop nu.'],
  ] as const)('%s: "%s" is still advice', (lang, text) => {
    expect(reply(lang, 'I know, I know.', text).code).toBe('PERSUADE');
  });

  it.each([
    ['I want to do it for the baby.', 'And you want to take care of your baby as it grows.'],
    ['I struggle with the forms.', 'So reading and writing is not a strong point for you.'],
    [
      'I just keep putting it off.',
      'To be honest with you, it sounds like the putting off is the hard part.',
    ],
  ] as const)('en: after "%s", "%s" is not a goodbye or an affirmation', (client, text) => {
    expect(reply('en', client, text).code).toMatch(/REFLECTION/);
  });

  it.each([['You are a strong person.'], ['That was honest of you.']] as const)(
    'en: "%s" affirms',
    (text) => {
      expect(reply('en', 'I told my boss the truth about the drinking.', text).code).toBe('AFFIRM');
    },
  );
});
