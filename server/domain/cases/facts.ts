/**
 * The `facts` section of a case file: what the client answers to factual questions (amounts, days and times,
 * people and where each stands, history, what was tried before), the same every time, and how it says "I
 * don't know" in character when the case has no answer. Also the case's core barrier, the side the client
 * keeps voicing, and the words that invite it.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const keywords = z.array(nonEmpty).min(1);
const Keys = z.strictObject({ nb: keywords, da: keywords, en: keywords });
const Text = z.strictObject({ nb: nonEmpty, da: nonEmpty, en: nonEmpty });
const AnswerLine = z.strictObject({
  nb: nonEmpty,
  da: nonEmpty,
  en: nonEmpty,
  topic: z.string().min(1).optional(),
});

/** The kinds of question a fact can answer. */
export const FACT_KINDS = ['yesNo', 'when', 'howMany', 'howOften', 'who', 'where'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FactSchema = z.strictObject({
  /** Which kinds of question this fact answers ("3–4 a day" answers how many and how often). */
  ask: z.array(z.enum(FACT_KINDS)).min(1),
  /** Words (keyword syntax) that make a question about this fact; the fact with most matches answers. */
  keys: Keys,
  /** For a yes/no question: which way the answer goes. */
  polarity: z.enum(['yes', 'no', 'unsure']).optional(),
  /** The answer, first words first: "Three or four a day…". */
  answer: AnswerLine,
});
export type Fact = z.infer<typeof FactSchema>;

export const PersonSchema = z.strictObject({
  name: nonEmpty,
  /** Who the person is and how they stand on the change, for the briefing and the LLM voice. */
  stance: Text,
});

export const FactsSchema = z.strictObject({
  people: z.array(PersonSchema).min(1),
  answers: z.array(FactSchema).min(6, 'needs at least 6 facts'),
  /** In character, when the case has no answer: it names the missing thing ("Couldn't tell you which day…"). */
  unknown: z.strictObject({
    when: Text,
    howMany: Text,
    howOften: Text,
    who: Text,
    where: Text,
  }),
  barrier: z.strictObject({
    /** The core barrier in one line (briefing, LLM voice). */
    name: Text,
    /** Words that invite it: asking about what holds the client back, or naming it. */
    keys: Keys,
    /** What the client says when it surfaces: sustain talk, personal and specific. */
    lines: z.array(AnswerLine).min(3, 'needs at least 3 lines'),
  }),
});
export type Facts = z.infer<typeof FactsSchema>;
