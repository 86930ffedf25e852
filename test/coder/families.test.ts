/**
 * The general rule families and the word model added to make the coder generalise: labels pinned on "you" are
 * Confront, strengths named in "you" are Affirm, a consequence held over "you" is Persuade, people in general
 * are information, and client turns with no cue are read by the word model trained on the project's own text.
 */
import { describe, expect, it } from 'vitest';
import { trainNaiveBayes } from '../../server/domain/coder/training/model.js';
import { coder, history, reply } from './helpers.js';

describe('counsellor families', () => {
  it.each([
    ['nb', 'Jeg tror ikke det er så ille.', 'Du fornekter jo bare problemet.'],
    ['da', 'Det er ikke så slemt.', 'Du bortforklarer det hele.'],
    ['en', "It's not that bad really.", "You're in denial about how much this costs."],
  ] as const)('%s: a label pinned on the client is Confront', (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('CONFRONT');
  });

  it.each([
    ['nb', 'Jeg har gått tre ganger denne uka.', 'Du er utholdende når du først bestemmer deg.'],
    ['da', 'Jeg har gået tre gange i denne uge.', 'Du er vedholdende, når du først beslutter dig.'],
    ['en', "I've been three times this week.", "You're persistent once you make up your mind."],
  ] as const)('%s: a strength named in "you" is Affirm', (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('AFFIRM');
  });

  it.each([
    [
      'nb',
      'Jeg har ryddet ut all snusen fra bilen.',
      'Du kjenner rutinene dine godt, og du har allerede vist at du får det til.',
    ],
    [
      'nb',
      'Jeg fortalte legen hvor mye jeg egentlig drikker.',
      'Det krever noe å si det rett ut. Det er klokt.',
    ],
    [
      'da',
      'Jeg har sagt det til min søster.',
      'Du fandt modet til at sige det højt, og det er ingen lille ting.',
    ],
    ['da', 'Jeg vil skrive ned, hvad jeg bruger.', 'Du kender dig selv godt. Det er klogt.'],
    ['da', 'Jeg vil prøve kørestolsbasket.', 'Det er flot, at du vil give det en chance.'],
    ['nb', 'Jeg bestilte time selv.', 'Du har tatt et stort steg ved å komme hit i dag.'],
    ['en', "I told my GP how much I'm really drinking.", 'Saying that out loud takes courage.'],
    [
      'en',
      "I'll keep the cigarettes in the car, not the house.",
      "That's a really sensible plan, and you know your family well.",
    ],
    ['en', "I've started walking to work.", "You're clearly someone who takes your health seriously."],
  ] as const)("%s: an affirmation of the client's insight or courage is Affirm: %s", (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('AFFIRM');
  });

  it.each([
    ['nb', 'Jeg glemmer pillene av og til.', 'Ta dem hver kveld, ellers kan du få et nytt anfall.'],
    [
      'da',
      'Jeg glemmer pillerne en gang imellem.',
      'Pillerne skal tages hver aften, ellers risikerer du et nyt anfald.',
    ],
    ['en', 'I forget the tablets sometimes.', 'Otherwise you could end up back in hospital.'],
  ] as const)('%s: a consequence held over the client is Persuade', (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('PERSUADE');
  });

  it.each([
    ['nb', 'Jeg sover dårlig.', 'Mange sover bedre når de legger seg til samme tid hver kveld.'],
    ['da', 'Jeg sover dårligt.', 'Mange sover bedre, når de går i seng på samme tid hver aften.'],
    ['en', 'I sleep badly.', 'Many people sleep better when they go to bed at the same time each night.'],
  ] as const)('%s: people in general, without "you", is information', (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('GIVING_INFORMATION');
  });

  it('reaches past an acknowledgement for the words a reflection restates', () => {
    const c = coder.codeCounsellor('The evenings are when the craving hits hardest.', {
      history: history(
        ['client', 'The evenings are the worst, the craving hits hardest after dinner.'],
        ['counsellor', 'Mm.'],
        ['client', 'Yeah.'],
      ),
      lang: 'en',
    });
    expect(c.code).toMatch(/REFLECTION$/);
  });
});

describe('client talk without a cue: the word model', () => {
  const code = (lang: 'nb' | 'da' | 'en', text: string) => coder.codeClient(text, { history: [], lang });

  it.each([
    ['en', 'My phone is how I keep up with everybody.'],
    ['nb', 'Det er sånn jeg holder kontakten med alle.'],
  ] as const)('%s: reads status-quo talk with no listed cue as sustain: %s', (lang, text) => {
    const c = code(lang, text);
    expect(c.code).toBe('SUSTAIN');
  });

  it.each([
    ['en', "I don't see why I should bother, it's harmless."],
    ['nb', 'Jeg skjønner ikke hvorfor jeg skal bry meg, det er jo harmløst.'],
    ['da', 'Jeg forstår ikke, hvorfor jeg skal tage mig af det.'],
  ] as const)('%s: "why should I…" doubts the change: %s', (lang, text) => {
    expect(code(lang, text).code).toBe('SUSTAIN');
  });

  it('leaves plain facts neutral', () => {
    expect(code('en', 'My sister lives near the station.').code).toBe('NEUTRAL');
    expect(code('da', 'Min søster bor tæt på stationen.').code).toBe('NEUTRAL');
  });
});

describe('naive Bayes', () => {
  const model = trainNaiveBayes({
    A: ['red apple', 'red cherry', 'a red car'],
    B: ['blue sky', 'blue sea', 'a blue car'],
  });

  it('gives probabilities that sum to one and prefer the class the words come from', () => {
    const p = model.probabilities('a red thing');
    expect(p.A + p.B).toBeCloseTo(1, 10);
    expect(model.best('blue water').label).toBe('B');
  });

  it('is deterministic and ignores words it never saw', () => {
    expect(model.probabilities('red')).toEqual(model.probabilities('red zebra'));
  });
});
