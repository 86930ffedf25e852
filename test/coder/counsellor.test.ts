import { describe, expect, it } from 'vitest';
import { codesOf } from '../../server/domain/coder/index.js';
import { coder, history, reply } from './helpers.js';

describe('questions', () => {
  it.each([
    ['en', 'What would you like to be different?', 'QUESTION_OPEN'],
    ['en', 'Do you smoke every day?', 'QUESTION_CLOSED'],
    ['nb', 'Hvordan påvirker røykingen hverdagen din?', 'QUESTION_OPEN'],
    ['nb', 'Røyker du hver dag?', 'QUESTION_CLOSED'],
    ['da', 'Hvad betyder det for dig?', 'QUESTION_OPEN'],
    ['da', 'Ryger du hver dag?', 'QUESTION_CLOSED'],
  ] as const)('%s: %s → %s', (lang, text, code) => {
    expect(reply(lang, 'It has been a hard week.', text).code).toBe(code);
  });

  it.each([
    ['en', 'Can I ask you, what do you enjoy about the evening walks?'],
    ['en', 'Do you have any idea why the mornings are the hardest?'],
    ['nb', 'Kan jeg spørre deg, hva liker du ved kveldsturene?'],
    ['nb', 'Har du noen tanker om hvorfor morgenene er verst?'],
    ['da', 'Må jeg spørge dig, hvad kan du lide ved aftenturene?'],
    ['da', 'Har du nogen tanker om hvorfor morgenerne er værst?'],
  ] as const)('%s: a yes/no lead-in that carries a wh-question is open: %s', (lang, text) => {
    expect(reply(lang, 'It has been a hard week.', text).code).toBe('QUESTION_OPEN');
  });

  it.each([
    ['en', 'Where do you think we should go from here?', 'QUESTION_OPEN'],
    ['en', 'Where do you buy your cigarettes?', 'QUESTION_CLOSED'],
    ['nb', 'Hvor tror du vi bør gå videre herfra?', 'QUESTION_OPEN'],
    ['nb', 'Hvor kjøper du sigarettene?', 'QUESTION_CLOSED'],
    ['da', 'Hvor tror du, vi skal gå hen herfra?', 'QUESTION_OPEN'],
    ['da', 'Hvor køber du dine cigaretter?', 'QUESTION_CLOSED'],
  ] as const)('%s: a where/when question that asks for the view is open: %s → %s', (lang, text, code) => {
    expect(reply(lang, 'It has been a hard week.', text).code).toBe(code);
  });

  it.each([
    ['nb', 'På en skala fra 0 til 10, hvor viktig er det for deg å slutte?'],
    ['da', 'På en skala fra 0 til 10, hvor sikker er du på, at du kan?'],
    ['en', 'On a scale from 0 to 10, how important is it for you to stop?'],
  ] as const)(
    '%s: a scaling question asks for a number: closed, and marked as the technique',
    (lang, text) => {
      const c = reply(lang, 'I do not know.', text);
      expect(c.code).toBe('QUESTION_CLOSED');
      expect(c.techniques).toContain('scalingQuestion');
    },
  );

  it.each([
    ['en', 'Anything else?'],
    ['en', 'Are there any other things that worry you?'],
    ['en', 'Have you thought at all about how you might do it?'],
    ['en', 'Can I ask you, uh, what you like about the evenings?'],
    ['nb', 'Noe mer?'],
    ['nb', 'Har du andre tanker om det?'],
    ['da', 'Er der noget andet?'],
    ['da', 'Har du andre idéer til det?'],
  ] as const)('%s: an invitation to say more is open: %s', (lang, text) => {
    expect(reply(lang, 'It has been a hard month.', text).code).toBe('QUESTION_OPEN');
  });

  it.each([
    ['en', 'Why a 6 and not a 3?'],
    ['en', 'What would it take for you to get to an 8 on that scale?'],
    ['nb', 'Hvorfor 6 på skalaen og ikke 3?'],
    ['nb', 'Hva skal til for at du kommer til 8 på skalaen fra 0 til 10?'],
    ['da', 'Hvorfor 6 på skalaen og ikke 3?'],
    ['da', 'Hvad skal der til, for at du når 8 på skalaen fra 0 til 10?'],
  ] as const)('%s: the follow-up of a scaling question is open: %s', (lang, text) => {
    const c = reply(lang, 'Maybe a six.', text);
    expect(c.code).toBe('QUESTION_OPEN');
  });

  it.each([
    ['en', 'Is it causing problems at home, with your partner or anything like that?', 'QUESTION_CLOSED'],
    ['en', 'How does it affect your sleep, your mood, or even your work?', 'QUESTION_OPEN'],
    ['en', 'Maria, can you give me an example of a time that went well?', 'QUESTION_OPEN'],
    ['nb', 'Kan du gi meg et eksempel på en kveld som gikk bra?', 'QUESTION_OPEN'],
    ['da', 'Kan du give mig et eksempel på en aften, der gik godt?', 'QUESTION_OPEN'],
  ] as const)(
    '%s: "or anything like that" is no choice, an example asked for is open: %s',
    (lang, text, code) => {
      expect(reply(lang, 'It has been a hard month.', text).code).toBe(code);
    },
  );

  it.each([
    ['en', 'When you and your friends hang out, what do you usually do?', 'QUESTION_OPEN'],
    ['en', 'When you think about your kids, how does that fit with the drinking?', 'QUESTION_OPEN'],
    ['nb', 'Når du er sammen med vennene dine, hva gjør dere da?', 'QUESTION_OPEN'],
    ['nb', 'Når du tenker på barna, hvordan passer det med drikkingen?', 'QUESTION_OPEN'],
    ['da', 'Når du er sammen med dine venner, hvad laver I så?', 'QUESTION_OPEN'],
    ['da', 'Når du tænker på børnene, hvordan passer det så med drikkeriet?', 'QUESTION_OPEN'],
  ] as const)('%s: a question after a time clause is judged by its own words: %s', (lang, text, code) => {
    expect(reply(lang, 'It has been a hard month.', text).code).toBe(code);
  });

  it.each([
    ['en', 'How often do you think you drink in a week?'],
    ['nb', 'Hvor ofte tror du at du drikker i løpet av en uke?'],
    ['da', 'Hvor tit tror du, at du drikker på en uge?'],
  ] as const)('%s: a quantity asked with "do you think" is still closed: %s', (lang, text) => {
    expect(reply(lang, 'It has been a hard month.', text).code).toBe('QUESTION_CLOSED');
  });

  it('a high number in an open question is not a scaling question', () => {
    const c = reply('en', 'My blood sugar was up again.', "What's it like when you see a high number?");
    expect(c.code).toBe('QUESTION_OPEN');
    expect(c.techniques).not.toContain('scalingQuestion');
  });

  it.each([
    ['en', 'I went to Egypt in the summer.', 'Egypt?'],
    ['nb', 'Jeg drikker mest i helgene.', 'Mest i helgene?'],
    ['da', 'Jeg drikker mest i weekenderne.', 'Mest i weekenderne?'],
  ] as const)(
    "%s: a few of the client's words asked back check a detail: a closed question",
    (lang, client, text) => {
      expect(reply(lang, client, text).code).toBe('QUESTION_CLOSED');
    },
  );

  it.each([
    ['en', 'It was a rough week.', 'So-so, on that day, what-what went through your head?'],
    ['nb', 'Det var en tung uke.', 'Så, den dagen, hva tenkte du da?'],
    ['da', 'Det var en hård uge.', 'Så, den dag, hvad tænkte du så?'],
  ] as const)('%s: a wh-question after a reflective opening is open', (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('QUESTION_OPEN');
  });
});

describe("the client's own account", () => {
  it.each([
    ['en', 'Yeah.', 'You went for the check-up with the doctor, and he said it was diabetes.'],
    ['nb', 'Ja.', 'Du gikk til kontroll hos legen, og han sa at det var diabetes.'],
    ['da', 'Ja.', 'Du gik til kontrol hos lægen, og han sagde, at det var diabetes.'],
  ] as const)('%s: given back, it is a reflection, not information', (lang, client, text) => {
    expect(reply(lang, client, text).code).toMatch(/REFLECTION/);
  });
});

describe('reflections', () => {
  it.each([
    ['en', "I'm worried about my baby.", 'So you are worried about your baby?'],
    ['nb', 'Jeg er redd for babyen.', 'Så du er redd for babyen?'],
    ['da', 'Jeg er bange for babyen.', 'Så du er bange for babyen?'],
  ] as const)('%s: a reflection phrased as a question is a reflection', (lang, client, text) => {
    expect(reply(lang, client, text).code).toMatch(/REFLECTION$/);
  });

  it.each([
    [
      'en',
      'I love the evenings with a glass, but my liver is not great.',
      'On the one hand you enjoy it, and on the other hand you worry about your health.',
    ],
    [
      'nb',
      'Jeg liker det, men det koster mye.',
      'På den ene siden liker du det, på den andre siden koster det mye.',
    ],
    [
      'da',
      'Jeg kan lide det, men det koster meget.',
      'På den ene side kan du lide det, på den anden side koster det meget.',
    ],
  ] as const)('%s: a double-sided reflection is complex', (lang, client, text) => {
    const c = reply(lang, client, text);
    expect(c.code).toBe('COMPLEX_REFLECTION');
    expect(c.techniques).toContain('doubleSidedReflection');
  });

  it('a close restatement is simple and the reason quotes its opening', () => {
    const c = reply('en', 'I want to stop drinking.', 'So you want to stop drinking.');
    expect(c.code).toBe('SIMPLE_REFLECTION');
    expect(c.reason).toContain('so you');
  });

  it('the reason is in the coding language', () => {
    expect(reply('nb', 'Jeg vil slutte.', 'Så du vil slutte.').reason).toMatch(/klientens ord/);
    expect(reply('da', 'Jeg vil stoppe.', 'Så du vil stoppe.').reason).toMatch(/klientens ord/);
  });
});

describe('short phrases', () => {
  it.each([
    ['en', 'Discouraged.', 'I just feel like giving up on the whole thing.'],
    ['en', 'The gym, with her.', 'She wants me to go to the gym with her.'],
    ['nb', 'Helt utslitt.', 'Jeg orker ikke mer av dette.'],
    ['nb', 'Treningssenteret, sammen med henne.', 'Hun vil at jeg skal bli med på treningssenteret.'],
    ['da', 'Helt udmattet.', 'Jeg gider snart ikke mere.'],
    ['da', 'Fitnesscenteret, sammen med hende.', 'Hun vil have mig med i fitnesscenteret.'],
  ] as const)('%s: a short phrase of substance gives the client something back: %s', (lang, text, client) => {
    const c = reply(lang, client, text);
    expect(c.code).toBe('SIMPLE_REFLECTION');
  });

  it.each([
    ['en', 'Thanks, Natalie.'],
    ['en', 'Nice to meet you.'],
    ['en', 'The weekend-'],
    ['en', '[laughs]'],
    ['nb', 'Takk, Natalie.'],
    ['nb', 'Hyggelig å treffe deg.'],
    ['da', 'Tak, Natalie.'],
    ['da', 'Hyggeligt at møde dig.'],
  ] as const)('%s: courtesy, a broken-off phrase or a transcriber note is Other: %s', (lang, text) => {
    expect(reply(lang, 'It was a long week.', text).code).toBe('OTHER');
  });
});

describe('agreeing to a plan', () => {
  it.each([
    ['en', 'Sounds good.'],
    ['en', 'sounds like a plan'],
    ['nb', 'Det høres bra ut.'],
    ['nb', 'Høres ut som en plan'],
    ['da', 'Det lyder godt.'],
    ['da', 'Det lyder som en plan'],
  ] as const)('%s: "%s" acknowledges, it does not reflect', (lang, text) => {
    expect(reply(lang, "I'll leave the phone in the kitchen on Saturday.", text).code).toBe('OTHER');
  });

  it.each([
    ['en', 'Sounds like a plan, lets write it down.'],
    ['nb', 'Høres ut som en plan, la oss skrive det ned.'],
    ['da', 'Det lyder som en plan, lad os skrive det ned.'],
  ] as const)('%s: the plan made together after it is the turn: %s', (lang, text) => {
    expect(reply(lang, "I'll leave the phone in the kitchen on Saturday.", text).code).toBe(
      'SEEKING_COLLABORATION',
    );
  });

  it.each([
    ['en', 'Sounds like a plan, you could just start on Monday too.'],
    ['nb', 'Høres ut som en plan, du kan bare begynne på mandag også.'],
    ['da', 'Det lyder som en plan, du kan bare begynde på mandag også.'],
  ] as const)('%s: the advice after it is the turn: %s', (lang, text) => {
    expect(reply(lang, "I'll leave the phone in the kitchen on Saturday.", text).code).toBe('PERSUADE');
  });

  it.each([
    ['en', 'Sounds good. What would be the first step?'],
    ['nb', 'Høres bra ut. Hva blir første steg?'],
    ['da', 'Det lyder godt. Hvad bliver det første skridt?'],
  ] as const)('%s: the question after it is the turn: %s', (lang, text) => {
    expect(reply(lang, "I'll leave the phone in the kitchen on Saturday.", text).code).toBe('QUESTION_OPEN');
  });

  it.each([
    ['en', 'sounds like its a lot'],
    ['nb', 'høres ut som det er mye'],
    ['da', 'lyder som om det er meget'],
  ] as const)('%s: "%s" still reflects', (lang, text) => {
    expect(reply(lang, 'I am on my phone all day and my partner is fed up.', text).code).toMatch(
      /REFLECTION$/,
    );
  });
});

describe('chat spellings', () => {
  it.each([
    ['ur worried ur gf will leave', 'SIMPLE_REFLECTION'],
    ['wud u be ok if i shared what helps other ppl', 'QUESTION_CLOSED'],
    ['how r u finding the patches', 'QUESTION_OPEN'],
  ] as const)('en: %s → %s', (text, code) => {
    expect(reply('en', "I'm worried my girlfriend will leave me.", text).code).toBe(code);
  });
});

describe('typed without apostrophes', () => {
  it('en: "u dont have to decide anything today" leaves the choice to the client', () => {
    expect(reply('en', "I'm not sure I'm ready.", 'u dont have to decide anything today').code).toBe(
      'EMPHASIZING_AUTONOMY',
    );
  });
});

describe('questions typed without a question mark', () => {
  it.each([
    ['en', "I've been meaning to come.", 'hi. what brings you here today', 'QUESTION_OPEN'],
    ['en', 'We go out on Sundays.', 'is your wife up for walking with you', 'QUESTION_CLOSED'],
    ['en', 'I drink at weekends.', 'ok. how much on a Saturday', 'QUESTION_CLOSED'],
    ['nb', 'Jeg får sånn sug om kvelden.', 'hva gjør du når suget kommer', 'QUESTION_OPEN'],
    ['nb', 'Jeg har tenkt på plaster.', 'har du brukt plaster før', 'QUESTION_CLOSED'],
    ['da', 'Jeg ryger mest om aftenen.', 'hvad får dig til at ryge om aftenen', 'QUESTION_OPEN'],
    ['da', 'Jeg drikker nogle øl.', 'hej. hvor meget drikker du om ugen', 'QUESTION_CLOSED'],
    ['nb', 'Hei.', 'hei, hva bringer deg hit i dag', 'QUESTION_OPEN'],
    ['en', 'Hello.', 'hi Linda, what brings you here', 'QUESTION_OPEN'],
    ['en', 'I want to change.', 'Morning. So what did you want to work on', 'QUESTION_OPEN'],
    ['nb', 'Jeg vet ikke.', 'så hva tenker du om det nå', 'QUESTION_OPEN'],
  ] as const)(
    '%s: a question word with its verb, or a verb with its subject, asks: %s',
    (lang, client, text, code) => {
      expect(reply(lang, client, text).code).toBe(code);
    },
  );

  it.each([
    ['en', 'I keep trying.', 'what I hear is that you keep trying'],
    ['en', 'It is so hard.', 'how hard that must be'],
    ['nb', 'Jeg har prøvd å slutte før.', 'så har du prøvd å slutte før'],
    ['da', 'Jeg har prøvet at stoppe før.', 'så har du prøvet at stoppe før'],
  ] as const)('%s: a statement that only starts like one does not: %s', (lang, client, text) => {
    expect(reply(lang, client, text).code).not.toMatch(/^QUESTION/);
  });
});

describe('advice, permission and autonomy', () => {
  it.each([
    ['en', 'Do you want to have a stroke?'],
    ['en', "You're not exactly making this easy for yourself, are you?"],
    ['nb', 'Vil du heller få hjerneslag?'],
    ['da', 'Vil du hellere have et slagtilfælde?'],
    ['en', 'Ten days? You should have come in straight away.'],
    ['en', "That's what everyone says."],
    ['da', 'Det lyder mest som en undskyldning.'],
    ['nb', 'Det høres ut som en unnskyldning.'],
    ['nb', 'Det går altså ikke.'],
  ] as const)('%s: a threat, blame or jibe is Confront: %s', (lang, text) => {
    expect(reply(lang, 'I like things as they are.', text).code).toBe('CONFRONT');
  });

  it.each([
    ['en', "Why don't you just stop buying cigarettes?"],
    ['nb', 'Har du tenkt på å bare bruke nikotinplaster?'],
    ['da', 'Kunne du ikke bare spise fisk i stedet?'],
    ['en', 'Have you ever thought about only smoking at weekends?'],
    ['en', 'Why not do a chilli with beans instead?'],
    ['nb', 'Har dere prøvd å lage taco med bønner?'],
    ['nb', 'Hvorfor sier du ikke bare nei?'],
    ['da', 'Har I prøvet at lade ham hjælpe med maden?'],
    ['da', 'Hvorfor siger du ikke bare nej?'],
    ['da', 'Har du ikke prøvet at lave en chili med bønner?'],
    ['en', "Haven't you tried making a bean chilli?"],
  ] as const)('%s: advice wrapped in a question is persuade', (lang, text) => {
    expect(reply(lang, 'I do not know.', text).code).toBe('PERSUADE');
  });

  it.each([
    ['en', 'Would it be okay if I shared some information about that?'],
    ['nb', 'Er det greit at jeg deler litt informasjon om det?'],
    ['da', 'Er det okay, at jeg fortæller lidt om det?'],
  ] as const)('%s: asking permission is a closed question double-coded as Seek', (lang, text) => {
    const c = reply(lang, 'I am not sure.', text);
    expect(c.code).toBe('QUESTION_CLOSED');
    expect(c.techniques).toContain('askingPermission');
    expect(codesOf(c)).toEqual(['QUESTION_CLOSED', 'SEEKING_COLLABORATION']);
  });

  it('collaboration offered as a statement is Seek alone', () => {
    const c = reply('en', 'I am not sure.', "Let's work out together what would suit you.");
    expect(codesOf(c)).toEqual(['SEEKING_COLLABORATION']);
  });

  it('advice after the client agreed to hear it is persuade with permission', () => {
    const ctx = {
      lang: 'en' as const,
      history: history(['counsellor', 'May I share an idea?'], ['client', 'Yes, please.']),
    };
    expect(coder.codeCounsellor('You could try nicotine patches for the first weeks.', ctx).code).toBe(
      'PERSUADE_WITH_PERMISSION',
    );
  });

  it.each([
    ['en', "It's your decision, and you know yourself best."],
    ['nb', 'Det er opp til deg hva du velger.'],
    ['da', 'Det er op til dig, hvad du vælger.'],
  ] as const)('%s: autonomy', (lang, text) => {
    expect(reply(lang, 'I might try.', text).code).toBe('EMPHASIZING_AUTONOMY');
  });

  it.each([
    ['en', "You're in denial about this."],
    ['nb', 'Du lurer deg selv.'],
    ['da', 'Du snyder dig selv.'],
  ] as const)('%s: confront', (lang, text) => {
    expect(reply(lang, 'It is not a problem.', text).code).toBe('CONFRONT');
  });
});

describe('affirmation versus praise', () => {
  it.each([
    ['en', "You've worked really hard to get here.", 'Great!'],
    ['nb', 'Du har virkelig jobbet hardt for dette.', 'Flott!'],
    ['da', 'Du har virkelig arbejdet hårdt for det her.', 'Super.'],
  ] as const)('%s: an affirmation names the effort; bare praise is Other', (lang, affirm, praise) => {
    expect(reply(lang, 'I have not smoked for a week.', affirm).code).toBe('AFFIRM');
    expect(reply(lang, 'I have not smoked for a week.', praise).code).toBe('OTHER');
  });
});

describe("the counsellor's own voice", () => {
  it.each([
    [
      'en',
      'I drink most nights after work.',
      'I really hope you think about cutting down on the drinking after work.',
    ],
    [
      'nb',
      'Jeg drikker de fleste kveldene etter jobb.',
      'Jeg håper virkelig du tenker på å kutte ned på drikkingen etter jobb.',
    ],
    [
      'da',
      'Jeg drikker de fleste aftener efter arbejde.',
      'Jeg håber virkelig du tænker på at skære ned på drikkeriet efter arbejde.',
    ],
  ] as const)('%s: "I hope you…" is not a reflection of the client', (lang, client, text) => {
    expect(reply(lang, client, text).code).not.toMatch(/REFLECTION$/);
  });

  it.each([
    [
      'en',
      'I drink most nights after work and it helps me unwind.',
      'I hear that drinking after work helps you unwind.',
    ],
    [
      'nb',
      'Jeg drikker de fleste kveldene etter jobb, og det hjelper meg å slappe av.',
      'Jeg hører at drikkingen etter jobb hjelper deg å slappe av.',
    ],
    [
      'da',
      'Jeg drikker de fleste aftener efter arbejde, og det hjælper mig med at slappe af.',
      'Jeg hører at drikkeriet efter arbejde hjælper dig med at slappe af.',
    ],
    [
      'en',
      'I drink most nights after work and it helps me unwind.',
      'I also am hearing that drinking after work helps you unwind.',
    ],
  ] as const)('%s: "I hear that you…" still hands back what the client said', (lang, client, text) => {
    expect(reply(lang, client, text).code).toMatch(/REFLECTION$/);
  });
});

describe('persuasion with an emphatic verb', () => {
  it.each([
    ['en', 'I keep forgetting the tablets.', 'Well, you do need to take your tablets every day.'],
    [
      'en',
      'I just do not have time for any of that.',
      "There's no reason why you shouldn't be able to quit.",
    ],
    ['nb', 'Jeg har bare ikke tid til noe av det.', 'Det er ingen grunn til at du ikke skal klare å slutte.'],
    [
      'da',
      'Jeg har bare ikke tid til noget af det.',
      'Der er ingen grund til at du ikke skal kunne holde op.',
    ],
  ] as const)('%s: %s → Persuade', (lang, client, text) => {
    expect(reply(lang, client, text).code).toBe('PERSUADE');
  });
});
