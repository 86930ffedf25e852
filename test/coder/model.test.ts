/**
 * The counsellor model: the logistic regression itself, how it sits on the rules, that the committed weights are
 * the ones the training lines produce, and that the training lines stay apart from the held-out sets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_WEIGHTS_PATH,
  conversationFiles,
  trainClientModel,
  trainCounsellorModel,
  WEIGHTS_PATH,
  weightsModule,
} from '../../scripts/coder-training.js';
import { decideClientByRules } from '../../server/domain/coder/client/index.js';
import { decideByRules } from '../../server/domain/coder/counsellor/index.js';
import { codeTranscript, createCoder } from '../../server/domain/coder/index.js';
import { lexicon } from '../../server/domain/coder/lexicon/index.js';
import { counsellorFeatures } from '../../server/domain/coder/model/features.js';
import { refineClientWith, refineWith, TRUSTED_RULE } from '../../server/domain/coder/model/index.js';
import {
  DEFAULT_TRAINING,
  type LogisticModel,
  probabilities,
  trainLogistic,
} from '../../server/domain/coder/model/logistic.js';
import { pack, unpack } from '../../server/domain/coder/model/packed.js';
import { normalise, tokens } from '../../server/domain/coder/text.js';
import { CLIENT_TRAINING } from '../../server/domain/coder/training/client.js';
import { TRAINING_LINES } from '../../server/domain/coder/training/counsellor/index.js';
import {
  CLIENT_CODES,
  type ClientCode,
  COUNSELLOR_CODES,
  type CounsellorCode,
  LANGS,
} from '../../server/domain/codes.js';
import { parseCodedCsv } from '../../server/domain/transcript/csv.js';
import { PARALLEL } from '../fixtures/client-parallel/index.js';
import { CONFRONTATION } from '../fixtures/confrontation/index.js';
import { COUNSELLOR_DA } from '../fixtures/counsellor-lines/da.js';
import { COUNSELLOR_EN } from '../fixtures/counsellor-lines/en.js';
import { COUNSELLOR_NB } from '../fixtures/counsellor-lines/nb.js';
import { MULTI_BEHAVIOUR } from '../fixtures/multi-behaviour/index.js';

describe('logistic regression', () => {
  const data = [
    { label: 'A', features: ['x', 'shared'] },
    { label: 'B', features: ['y', 'shared'] },
    { label: 'A', features: ['x'] },
    { label: 'B', features: ['y'] },
  ] as const;
  const opts = { ...DEFAULT_TRAINING, minCount: 1 };

  it('learns a separable problem and gives probabilities that sum to 1', () => {
    const m = trainLogistic(['A', 'B'], data, opts);
    const p = probabilities(m, ['x']);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(probabilities(m, ['y'])[1]).toBeGreaterThan(0.9);
  });

  it('ships packed, and unpacks to the same probabilities', () => {
    const m = trainLogistic(['A', 'B'], data, opts);
    const back = unpack(JSON.parse(JSON.stringify(pack(m))));
    expect(probabilities(back, ['x', 'shared'])).toEqual(probabilities(m, ['x', 'shared']));
    expect(back.weights.unknown).toBeUndefined();
  });

  it('is deterministic and leaves out features seen only once', () => {
    expect(trainLogistic(['A', 'B'], data, opts)).toEqual(trainLogistic(['A', 'B'], data, opts));
    const once = trainLogistic(['A', 'B'], [...data, { label: 'A', features: ['rare'] }], DEFAULT_TRAINING);
    expect(once.weights.rare).toBeUndefined();
    expect(once.weights.x).toBeDefined();
  });
});

describe('the model on top of the rules', () => {
  const lex = lexicon('en');
  const decision = decideByRules(
    'That must be a lot to carry',
    [{ speaker: 'client', text: 'I do it all.' }],
    lex,
  );
  /** A model that only knows the bias: every turn reads as Confront, as sure as `logOdds`. */
  const biased = (logOdds: number): LogisticModel<CounsellorCode> => ({
    labels: COUNSELLOR_CODES,
    bias: COUNSELLOR_CODES.map((c) => (c === 'CONFRONT' ? logOdds : 0)),
    weights: {},
  });

  it('overrules an unsure rule only by more than the prior, and says so in the reason', () => {
    expect(decision.best.confidence).toBeLessThan(TRUSTED_RULE);
    expect(decision.best.code).not.toBe('CONFRONT');
    expect(refineWith(biased(0.5), decision, lex, 1)).toBe(decision.best);
    const over = refineWith(biased(5), decision, lex, 1);
    expect(over.code).toBe('CONFRONT');
    expect(over.reason).toBe('model');
  });

  it('never overrules a sure rule', () => {
    const sure = decideByRules('What brings you here today?', [], lex);
    expect(sure.best.confidence).toBeGreaterThanOrEqual(TRUSTED_RULE);
    expect(refineWith(biased(50), sure, lex)).toBe(sure.best);
  });

  it.each([
    [
      'en',
      'Hi Sam. Thanks for coming. You said you are 20 weeks and still smoking, is that right',
      'QUESTION_CLOSED',
    ],
    ['nb', 'Hei Ole, du snuser ser jeg?', 'QUESTION_CLOSED'],
    ['da', 'Hej Mette. Velkommen. Hvad fik dig til at skrive til os?', 'QUESTION_OPEN'],
  ] as const)('%s: a question after a greeting is the turn, and sure: %s', (lang, text, code) => {
    const d = decideByRules(text, [], lexicon(lang));
    expect(d.best.code).toBe(code);
    expect(refineWith(biased(50), d, lexicon(lang))).toBe(d.best);
  });

  it.each([
    ['en', 'sounds like its a lot'],
    ['nb', 'høres ut som det er mye'],
    ['da', 'det lyder som om det er meget'],
  ] as const)('%s: a reflection opening is a sure cue the model does not overrule: %s', (lang, text) => {
    const d = decideByRules(text, [{ speaker: 'client', text: 'I am on my phone all day.' }], lexicon(lang));
    expect(d.best.code).toMatch(/REFLECTION$/);
    expect(refineWith(biased(50), d, lexicon(lang))).toBe(d.best);
  });

  it.each([
    ['en', 'Sounds like a plan, you could just start on Monday too.', 'PERSUADE'],
    ['nb', 'høres ut som en plan, la oss skrive det ned', 'SEEKING_COLLABORATION'],
    ['da', 'Det lyder som en plan, du kan bare begynde på mandag', 'PERSUADE'],
  ] as const)(
    '%s: a move with a cue after an agreement is sure, the model keeps it: %s',
    (lang, text, code) => {
      const d = decideByRules(
        text,
        [{ speaker: 'client', text: 'I will leave the phone in the kitchen on Saturday.' }],
        lexicon(lang),
      );
      expect(d.best.code).toBe(code);
      expect(refineWith(biased(50), d, lexicon(lang))).toBe(d.best);
    },
  );

  it('sees the rules, the form and the words of the turn', () => {
    const f = counsellorFeatures(decision, lex);
    expect(f).toContain(`r=${decision.best.code}`);
    expect(f).toContain('w=carry');
    expect(f).toContain('q=false');
  });
});

describe('the client model on top of the rules', () => {
  const lex = lexicon('en');
  /** A model that only knows the bias: every turn reads as change talk. */
  const changeOnly: LogisticModel<ClientCode> = {
    labels: CLIENT_CODES,
    bias: CLIENT_CODES.map((c) => (c === 'CHANGE' ? 5 : 0)),
    weights: {},
  };

  it('overrules the rules, says so, and counts the change talk it finds as a reason', () => {
    const d = decideClientByRules('The shop is on the corner.', [], lex, 'en');
    expect(d.code).toBe('NEUTRAL');
    const out = refineClientWith(changeOnly, d, []);
    expect(out).toMatchObject({ code: 'CHANGE', reason: 'model', kind: 'reasons' });
  });

  it('leaves a bare acknowledgement and a turn with a cue of its own to the rules', () => {
    const ack = decideClientByRules('Mm-hmm.', [], lex, 'en');
    expect(refineClientWith(changeOnly, ack, [])).toBe(ack);
    const cue = decideClientByRules('Smoking helps me relax, I am not giving it up.', [], lex, 'en');
    expect(cue.code).toBe('SUSTAIN');
    expect(refineClientWith(changeOnly, cue, [])).toBe(cue);
    const held = decideClientByRules("Not that I've decided anything.", [], lex, 'en');
    expect(held.code).toBe('NEUTRAL');
    expect(refineClientWith(changeOnly, held, [])).toBe(held);
  });

  it('reads sustain talk in typed chat that has no cue for the rules', () => {
    const ctx = {
      history: [{ speaker: 'counsellor' as const, text: 'What do you make of the drinking?' }],
      lang: 'en' as const,
    };
    const text = 'its how we unwind';
    expect(createCoder({ model: false }).codeClient(text, ctx).code).toBe('NEUTRAL');
    expect(createCoder().codeClient(text, ctx)).toMatchObject({ code: 'SUSTAIN' });
  });
});

describe('typed chat and transcribed speech', () => {
  const withModel = createCoder();
  const rulesOnly = createCoder({ model: false });
  const speech = [
    { speaker: 'counsellor' as const, text: 'Um, so, how have things been, you know, since last time?' },
    { speaker: 'client' as const, text: 'Uh, not great. I-I kept drinking, um, most nights.' },
    { speaker: 'counsellor' as const, text: 'Mm-hmm. Most nights.' },
    { speaker: 'client' as const, text: "Yeah, it's-- it's hard to stop once I start." },
    { speaker: 'counsellor' as const, text: 'That must be a lot to carry' },
  ];

  it('leaves transcribed speech to the rules alone', () => {
    const a = codeTranscript(withModel, speech, { lang: 'en' });
    const b = codeTranscript(rulesOnly, speech, { lang: 'en' });
    expect(a.map((u) => u.coding)).toEqual(b.map((u) => u.coding));
  });

  it.each([
    ['en', 'Anything else?', 'QUESTION_OPEN'],
    ['nb', 'Noe mer?', 'QUESTION_OPEN'],
    ['da', 'Er der noget andet?', 'QUESTION_OPEN'],
    ['en', 'Can you give me an example of a day that went well?', 'QUESTION_OPEN'],
    ['en', 'May I tell you what others have found helpful?', 'QUESTION_CLOSED'],
    ['en', 'Have you thought about coming down to the drop-in?', 'PERSUADE'],
    ['nb', 'Har du tenkt på å ta trappa i stedet for heisen?', 'PERSUADE'],
    ['da', 'Har du overvejet at melde dig ind i en løbeklub?', 'PERSUADE'],
  ] as const)(
    '%s: in typed chat a rule with a specific cue stands against the model: %s',
    (lang, text, code) => {
      const ctx = { history: [{ speaker: 'client' as const, text: 'My arm hurts.' }], lang };
      expect(withModel.codeCounsellor(text, ctx).code).toBe(code);
    },
  );

  it('lets the model overrule unsure rules in typed lines, and measurably for the better', () => {
    const lines = [...COUNSELLOR_NB, ...COUNSELLOR_DA, ...COUNSELLOR_EN];
    const langOf = (i: number) =>
      i < COUNSELLOR_NB.length ? 'nb' : i < COUNSELLOR_NB.length + COUNSELLOR_DA.length ? 'da' : 'en';
    let changed = 0;
    lines.forEach(([, client, text], i) => {
      const ctx = {
        history: client ? [{ speaker: 'client' as const, text: client }] : [],
        lang: langOf(i),
      } as const;
      if (withModel.codeCounsellor(text, ctx).code !== rulesOnly.codeCounsellor(text, ctx).code) changed++;
    });
    expect(changed).toBeGreaterThan(lines.length * 0.05);
  });
});

describe('training lines', () => {
  // The test split of the coded fixtures, the held-out counsellor lines, the disguised-confrontation sets and the
  // multi-behaviour sessions and the parallel client lines.
  const heldOut = new Set<string>();
  for (const l of PARALLEL) for (const lang of LANGS) heldOut.add(normalise(l.text[lang]));
  for (const [, , text] of [...COUNSELLOR_NB, ...COUNSELLOR_DA, ...COUNSELLOR_EN])
    heldOut.add(normalise(text));
  for (const { disguised, lookalike } of Object.values(CONFRONTATION))
    for (const [, text] of [...disguised, ...lookalike]) heldOut.add(normalise(text));
  for (const sessions of Object.values(MULTI_BEHAVIOUR))
    for (const s of sessions) for (const [, text] of s.turns) heldOut.add(normalise(text));
  for (const lang of LANGS) {
    const csv = readFileSync(new URL(`../fixtures/coded/${lang}.csv`, import.meta.url), 'utf8');
    for (const line of csv.split('\n'))
      if (line.includes(',test,')) heldOut.add(normalise(line.split(',"')[1]?.split('",')[0] ?? ''));
  }

  /** Stock phrases ("Mm.", "Every day?") recur anywhere; a line of this many words must not. */
  const LONG_LINE = 5;

  it.each(LANGS)('%s: every code, no duplicate, no longer line from the held-out sets', (lang) => {
    const lines = TRAINING_LINES[lang];
    expect(new Set(lines.map((l) => l[0]))).toEqual(new Set(COUNSELLOR_CODES));
    expect(new Set(lines.map((l) => normalise(l[2]))).size).toBe(lines.length);
    const long = lines.filter((l) => tokens(normalise(l[2])).length >= LONG_LINE);
    expect(long.filter((l) => heldOut.has(normalise(l[2]))).map((l) => l[2])).toEqual([]);
  });

  it.each(LANGS)('%s: the client word model is not trained on a held-out line', (lang) => {
    const lines = Object.values(CLIENT_TRAINING[lang]).flat();
    const long = lines.filter((l) => tokens(normalise(l)).length >= LONG_LINE);
    expect(long.filter((l) => heldOut.has(normalise(l)))).toEqual([]);
  });

  it.each(LANGS)(
    '%s: the written training conversations parse and share no longer line with the held-out sets',
    (lang) => {
      const files = conversationFiles(lang);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const parsed = parseCodedCsv(readFileSync(file, 'utf8'));
        if (!parsed.ok) throw new Error(`${file}:${parsed.line}: ${parsed.message}`);
        const texts = parsed.value.flatMap((t) => t.rows.map((r) => normalise(r.text)));
        const long = texts.filter((t) => tokens(t).length >= LONG_LINE);
        expect(long.filter((t) => heldOut.has(t))).toEqual([]);
      }
    },
  );

  it('the committed weights are what `npm run train:coder` makes of these lines and the rules', () => {
    expect(readFileSync(WEIGHTS_PATH, 'utf8')).toBe(weightsModule(trainCounsellorModel()));
    expect(readFileSync(CLIENT_WEIGHTS_PATH, 'utf8')).toBe(
      weightsModule(trainClientModel(), 'CLIENT_WEIGHTS'),
    );
  }, 120_000);
});
