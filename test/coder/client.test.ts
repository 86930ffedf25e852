import { describe, expect, it } from 'vitest';
import { coder } from './helpers.js';

const code = (lang: 'nb' | 'da' | 'en', text: string) => coder.codeClient(text, { history: [], lang });

describe('client change talk (DARN-CAT)', () => {
  it.each([
    ['en', 'I really want to quit.', 'desire'],
    ['en', 'I think I can do it.', 'ability'],
    ['en', "I'm worried about my health.", 'reasons'],
    ['en', 'I need to cut down.', 'need'],
    ['en', "I'm going to stop on Monday.", 'commitment'],
    ['en', "I'm ready to give it a go.", 'activation'],
    ['en', 'I have already cut down to five a day.', 'takingSteps'],
    ['nb', 'Jeg vil gjerne slutte å røyke.', 'desire'],
    ['nb', 'Jeg må gjøre noe med dette.', 'need'],
    ['nb', 'Jeg har allerede begynt å trene.', 'takingSteps'],
    ['da', 'Jeg vil gerne stoppe.', 'desire'],
    ['da', 'Jeg skal ringe i morgen.', 'commitment'],
    ['da', 'Jeg har allerede skåret ned.', 'takingSteps'],
  ] as const)('%s: %s → %s', (lang, text, kind) => {
    const c = code(lang, text);
    expect(c.code).toBe('CHANGE');
    expect(c.kind).toBe(kind);
  });

  it.each([
    ['en', "I don't think it's a problem."],
    ['en', 'I want to cut down, but honestly I just enjoy it too much.'],
    ['nb', 'Det er ikke så farlig.'],
    ['da', 'Jeg vil ikke stoppe.'],
    ['nb', 'Ja, men det er så vanskelig å slutte.'],
    ['da', 'Ja, men det er så svært at stoppe.'],
  ] as const)('%s: sustain talk: %s', (lang, text) => {
    expect(code(lang, text).code).toBe('SUSTAIN');
  });

  it.each([
    ["I've gotta sort it out myself.", 'need'],
    ["I've been wanting to for years.", 'desire'],
    ['I could probably have a coke instead when they go out.', 'ability'],
  ] as const)('en, spoken forms: %s → %s', (text, kind) => {
    const c = code('en', text);
    expect(c.code).toBe('CHANGE');
    expect(c.kind).toBe(kind);
  });

  it.each([
    ['nah its fine', 'SUSTAIN'],
    ['i cant be bothered tbh', 'SUSTAIN'],
    ['i dont want to keep doing this', 'CHANGE'],
    ['im gonna cut down next week', 'CHANGE'],
  ] as const)('en, typed without apostrophes: %s → %s', (text, expected) => {
    expect(code('en', text).code).toBe(expected);
  });

  it.each([
    ['en', "It's my life, I'll do what I want."],
    ['en', 'its my money'],
    ['nb', 'Det er mitt liv, jeg gjør som jeg vil.'],
    ['nb', 'Det er mine penger.'],
    ['da', 'Det er mit liv, jeg gør som jeg vil.'],
    ['da', 'Det er mine penge.'],
  ] as const)('%s: claiming the right to go on is sustain talk, not desire: %s', (lang, text) => {
    expect(code(lang, text).code).toBe('SUSTAIN');
  });

  it.each([
    ['en', 'nah, everyone vapes'],
    ['en', 'all my mates smoke'],
    ['nb', 'alle snuser jo'],
    ['da', 'alle ryger jo'],
  ] as const)('%s: "everyone does it" is sustain talk: %s', (lang, text) => {
    expect(code(lang, text)).toMatchObject({
      code: 'SUSTAIN',
      reason: expect.stringMatching(/status quo|fortsette|fortsætte/),
    });
  });

  it("en: not wanting to change is not change talk: I don't want to stop", () => {
    expect(code('en', "I don't want to stop.").code).not.toBe('CHANGE');
  });

  it("negated status quo is change talk: I don't want to keep drinking like this", () => {
    expect(code('en', "I don't want to keep drinking like this.").code).toBe('CHANGE');
  });

  it.each([
    ['en', "I don't really wanna wreck my teeth."],
    ['en', "I don't really want to end up like my dad."],
    ['nb', 'Jeg vil ikke ende som faren min.'],
    ['nb', 'Jeg vil ikke ødelegge tennene mine.'],
    ['da', 'Jeg vil ikke ende som min far.'],
    ['da', 'Jeg vil ikke ødelægge mine tænder.'],
  ] as const)('%s: not wanting the harm is change talk: %s', (lang, text) => {
    expect(code(lang, text).code).toBe('CHANGE');
  });

  it.each([
    ['en', "I'd like more proper time with Ida, not just sofa and screens."],
    ['en', "I'd really love to be fitter."],
  ] as const)('%s: "I\'d like…" is desire: %s', (lang, text) => {
    expect(code(lang, text).kind).toBe('desire');
  });

  it.each([
    ['en', "I've been thinking about it. Not that I've decided anything."],
    ['nb', 'Jeg har tenkt litt på det. Ikke at jeg har bestemt meg for noe.'],
    ['da', 'Jeg har tænkt lidt over det. Ikke at jeg har besluttet noget.'],
  ] as const)('%s: a change held off with "not that" is not change talk: %s', (lang, text) => {
    expect(code(lang, text).code).not.toBe('CHANGE');
  });

  it('en: "I\'d rather not" is not desire to change', () => {
    expect(code('en', "I'd rather not talk about it.").code).not.toBe('CHANGE');
  });

  it.each([
    ['en', 'Yeah.'],
    ['nb', 'Ja.'],
    ['da', 'Okay.'],
  ] as const)('%s: a bare acknowledgement is neutral', (lang, text) => {
    expect(code(lang, text).code).toBe('NEUTRAL');
  });
});

describe('issue 17: client talk a trainer would sign', () => {
  it.each([
    ['nb', 'Det er lettere bare å gå med lange ermer.'],
    ['da', 'Det er lettere bare at gå med lange ærmer.'],
    ['en', "It's easier just to wear long sleeves."],
    ['nb', 'Vi er allerede en sunn familie.'],
    ['da', 'Vi er allerede en sund familie.'],
    ['en', "We're already a pretty healthy family."],
    ['nb', 'Emil kommer til å nekte å spise, og så sitter vi der.'],
    ['da', 'Emil kommer til at nægte at spise, og så sidder vi der.'],
    ['en', "Emil will refuse to eat, and then we're stuck."],
    ['da', 'Det er jo kun et par øl om fredagen.'],
    ['nb', 'Snusen hjelper meg å roe ned før eksamen.'],
    ['da', 'Smøgen får mig til at slappe af efter en lang vagt.'],
    ['en', 'A cigarette helps me wind down after a long shift.'],
  ] as const)(
    '%s: the status quo as easier, normal, healthy enough, or changing as trouble: %s',
    (lang, text) => {
      expect(code(lang, text).code).toBe('SUSTAIN');
    },
  );

  it.each([
    ['nb', 'Legen sa jeg burde snakke med noen.'],
    ['da', 'Lægen sagde, jeg skulle tale med nogen.'],
    ['da', 'Min læge siger, at jeg burde stoppe.'],
    ['en', 'The doctor said I should talk to someone.'],
    ['en', 'My mum thinks I need to cut down.'],
    ['nb', 'Mamma mener at jeg må slutte med gamingen.'],
  ] as const)("%s: someone else's wish is not the client's own change talk: %s", (lang, text) => {
    expect(code(lang, text)).toMatchObject({ code: 'NEUTRAL' });
  });

  it.each([
    ['nb', 'Legen sa jeg burde kutte ned, og hun har nok rett.', 'need'],
    ['da', 'Lægen sagde, at jeg burde skære ned, og det har hun nok ret i.', 'need'],
    ['en', "My mum thinks I need to cut down, and she's right.", 'need'],
  ] as const)('%s: taken up by the client, it is: %s', (lang, text, kind) => {
    expect(code(lang, text)).toMatchObject({ code: 'CHANGE', kind });
  });

  it.each([
    ['nb', 'Hm, jeg vet ikke hva jeg skal svare på det.'],
    ['da', 'Hm, jeg ved ikke, hvad jeg skal sige.'],
    ['da', 'Det er svært at svare på.'],
    ['en', "I don't know what to say."],
    ['en', "That's hard to answer."],
    ['nb', 'Det er vanskelig å svare på.'],
  ] as const)('%s: a hedge or not knowing what to say is neutral, "skal" and all: %s', (lang, text) => {
    expect(code(lang, text).code).toBe('NEUTRAL');
  });

  it('nb: a hedge at the tail of change talk leaves it change talk', () => {
    expect(code('nb', 'Jeg må gjøre noe med drikkingen. Jeg vet ikke helt.').code).toBe('CHANGE');
  });

  it.each([
    ['en', 'I could walk the kids to school instead.', 'ability'],
    ['nb', 'Jeg klarer fint å lage middag uten kjøtt.', 'ability'],
    ['da', 'Det kan jeg godt klare.', 'ability'],
    ['en', "I'm willing to give it a go.", 'activation'],
    ['nb', 'Jeg er klar til å prøve.', 'activation'],
    ['da', 'Jeg er klar til at prøve.', 'activation'],
    ['en', "I've already thrown out the ashtrays.", 'takingSteps'],
    ['nb', 'Jeg har allerede slettet appen.', 'takingSteps'],
    ['da', 'Jeg har allerede slettet appen.', 'takingSteps'],
    ['en', 'Something has to change before the baby comes.', 'need'],
    ['da', 'Jeg bliver nødt til at gøre noget.', 'need'],
    ['nb', 'Jeg skal ringe legen i morgen.', 'commitment'],
  ] as const)('%s: the DARN-CAT kind: %s → %s', (lang, text, kind) => {
    expect(code(lang, text)).toMatchObject({ code: 'CHANGE', kind });
  });

  it.each([
    ['da', 'Så jeg kunne skifte til noget andet? Det vidste jeg ikke.'],
    ['en', 'So I could switch to something else? I never knew.'],
    ['nb', 'Så jeg kunne bytte til noe annet? Det visste jeg ikke.'],
  ] as const)('%s: a change asked about is not argued for, also with more after it: %s', (lang, text) => {
    expect(code(lang, text).code).toBe('NEUTRAL');
  });

  it.each([
    ['nb', 'Jeg er ikke så glad i det, hvis jeg skal være ærlig.', 'NEUTRAL'],
    ['da', 'Jeg er ikke meget for det, hvis jeg skal være ærlig.', 'NEUTRAL'],
    ['da', 'Min far er syg, og jeg skal kunne nås.', 'NEUTRAL'],
    ['nb', 'Fra torsdag tar jeg trappa hver dag.', 'CHANGE'],
    ['da', 'Fra torsdag tager jeg trappen hver dag.', 'CHANGE'],
    ['en', "From Thursday I'm taking the stairs every day.", 'CHANGE'],
    ['nb', 'Sønnen min blir redd når jeg har drukket.', 'CHANGE'],
    ['da', 'Min søn bliver bange, når jeg har drukket.', 'CHANGE'],
    ['en', "My son gets scared when I've been drinking.", 'CHANGE'],
    ['nb', 'Etter en lang vakt fortjener jeg en røyk.', 'SUSTAIN'],
    ['da', 'Efter en lang vagt har jeg fortjent en smøg.', 'SUSTAIN'],
    ['en', 'After a long shift I deserve a smoke.', 'SUSTAIN'],
  ] as const)(
    '%s: "if I am honest", a duty, a plan from a weekday, someone hurt, a reward earned: %s',
    (lang, text, c) => {
      expect(code(lang, text).code).toBe(c);
    },
  );

  it('en: deserving a better life is not a reward earned', () => {
    expect(code('en', 'I deserve a better life than this.').code).not.toBe('SUSTAIN');
  });
});

it.each([
  ['nb', 'Ja. Alt er fint, ikke sant? Jeg har hørt det før.'],
  ['da', 'Ja. Alt er fint, ikke? Jeg har hørt det før.'],
  ['en', "Right. Everything's fine, yeah? I've heard it before."],
] as const)('%s: "everything is fine, I have heard it before" is sustain talk: %s', (lang, text) => {
  expect(code(lang, text).code).toBe('SUSTAIN');
});
