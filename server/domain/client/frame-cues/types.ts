/**
 * The shape of one language's frame cues: the words that tell what kind of answer a counsellor's turn asks for.
 * Data only; `index.ts` validates every language at load so a typo in a list fails loudly, not silently.
 */
import { z } from 'zod';

/** What kind of answer a turn asks for. */
export const ASK_KINDS = [
  'yesNo',
  'when',
  'howMany',
  'howOften',
  'who',
  'where',
  'why',
  'whatHow',
  'scaling',
  'lookingBack',
  'lookingForward',
  'hypothetical',
  'permission',
  'reflection',
  'summary',
  'statement',
] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** The kinds a question word decides, by where it stands in the sentence. */
export const WORD_KINDS = ['when', 'howMany', 'howOften', 'who', 'where', 'why', 'whatHow'] as const;
export type WordKind = (typeof WORD_KINDS)[number];

const phrases = z.array(z.string().trim().min(1)).min(1);

export const FrameCuesSchema = z.strictObject({
  /** Chat spellings, one token → the standard word(s): "u" → "you", "hvormange" → "hvor mange". */
  spellings: z.record(z.string().min(1), z.string().min(1)),
  /**
   * Question words and phrases per kind (keyword syntax: a trailing * matches any ending). The earliest in the
   * sentence decides; at the same place the longer phrase wins ("how many" over "how").
   */
  words: z.strictObject({
    when: phrases,
    howMany: phrases,
    howOften: phrases,
    who: phrases,
    where: phrases,
    why: phrases,
    whatHow: phrases,
  }),
  /** Question words that are also conjunctions ("når du tenker på det, hva…"): a later question word wins. */
  conjunctions: z.array(z.string()),
  /** Phrases that decide the kind wherever they stand. */
  scaling: phrases,
  permission: phrases,
  /** These three only colour a generic question (what/how/why/yes-no), never a when/how-many/who. */
  lookingBack: phrases,
  lookingForward: phrases,
  hypothetical: phrases,
  /** First words of a yes/no question ("do", "er", "har"…) when one of `pronouns` follows them. */
  verbFirst: phrases,
  /** Subjects that follow a verb-first opener ("er *du*", "do *you*", "har *Jonas*" is caught by names). */
  pronouns: phrases,
  /** First words that never open a question even if a pronoun follows ("så du føler…" is a reflection). */
  notVerbs: z.array(z.string()),
  /** Tags that make a statement a question ("ikke sant", "right"). */
  tags: phrases,
  /** Absolute words that make a reflection overshoot an ambivalent client ("never", "completely"). */
  overstatement: phrases,
  /** Words that raise a plan or a concrete step. */
  plan: phrases,
  /** Words that show the reflection is about holding back rather than changing ("but", "hard"). */
  sustainSide: phrases,
});
export type FrameCues = z.infer<typeof FrameCuesSchema>;
