/**
 * The case file format (personas/<id>.yaml). One zod schema; the loader turns its issues into errors that name
 * the file and the field path. Every piece of text exists in nb, da and en, written side by side so a case
 * stays parallel across languages.
 */
import { z } from 'zod';
import { DARN_CAT, PETALS, PRESETS, STAGES } from '../codes.js';
import { FactsSchema } from './facts.js';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One text in the three languages. */
export const TextSchema = z.strictObject({ nb: nonEmpty, da: nonEmpty, en: nonEmpty });
export type Text = z.infer<typeof TextSchema>;

/** A client line: the text plus an optional topic id (a key of `topics`) used to answer what was raised. */
export const LineSchema = z.strictObject({
  nb: nonEmpty,
  da: nonEmpty,
  en: nonEmpty,
  topic: z.string().min(1).optional(),
  /** What the line presupposes was said in this session (`plan`: a plan or step was raised); else it waits. */
  needs: z.enum(['plan']).optional(),
});
export type Line = z.infer<typeof LineSchema>;

const lines = (min: number) => z.array(LineSchema).min(min, `needs at least ${min} lines`);

const keywords = z.array(nonEmpty).min(1);
/** Words (lower case; a trailing * matches any ending) that show a topic was raised, per language. */
export const TopicSchema = z.strictObject({ nb: keywords, da: keywords, en: keywords });

const level = z.number().int().min(0).max(10);
export const PresetSettingsSchema = z.strictObject({
  /** How important the change feels to the client at the start, 0..10. */
  importance: level,
  /** How confident the client is they could change, 0..10. */
  confidence: level,
  /** Trust in the counsellor at the start, 0..10. */
  trust: level,
  /** Discord at the start, 0..10. */
  discord: level,
  /** Self-exploration level at the start, 1..5. */
  exploration: z.number().int().min(1).max(5),
  /** How fast the state moves with the counsellor's behaviour: 1 is normal, below 1 slower, above faster. */
  responsiveness: z.number().min(0.1).max(3),
  /** How strongly MI-inconsistent behaviour pushes the client away: 1 is normal. */
  sensitivity: z.number().min(0.1).max(3),
  /** An opening line for this preset, replacing the case's default. */
  opening: TextSchema.optional(),
});
export type PresetSettings = z.infer<typeof PresetSettingsSchema>;

const depthLines = z.strictObject({
  1: lines(3),
  2: lines(3),
  3: lines(3),
  4: lines(3),
  5: lines(3),
});
export const PetalSchema = z.strictObject({
  /** Words that open this petal when the counsellor raises them. */
  keywords: TopicSchema,
  /** What the client says on this petal at each self-exploration depth (1 avoids … 5 discovers). */
  depths: depthLines,
});

export const CaseSchema = z.strictObject({
  title: TextSchema,
  /** One line for the case card. */
  summary: TextSchema,
  client: z.strictObject({
    name: nonEmpty,
    age: z.number().int().min(0).max(120),
    /** Who the client is, for the counsellor's briefing and the LLM voice. */
    description: TextSchema,
  }),
  setting: TextSchema,
  counsellorRole: TextSchema,
  targetBehaviour: TextSchema,
  stage: z.enum(STAGES),
  reasonsFor: z.array(TextSchema).min(2),
  reasonsAgainst: z.array(TextSchema).min(2),
  values: z.array(TextSchema).min(2),
  opening: TextSchema,
  topics: z.record(z.string().regex(/^[a-z][a-zA-Z0-9-]*$/), TopicSchema),
  petals: z.strictObject(
    Object.fromEntries(PETALS.map((p) => [p, PetalSchema])) as Record<
      (typeof PETALS)[number],
      typeof PetalSchema
    >,
  ),
  changeTalk: z.strictObject(
    Object.fromEntries(DARN_CAT.map((k) => [k, lines(4)])) as Record<
      (typeof DARN_CAT)[number],
      ReturnType<typeof lines>
    >,
  ),
  sustainTalk: lines(15),
  reactions: z.strictObject({
    /** To being confronted, argued with or labelled. */
    confrontation: lines(6),
    /** To advice or information given without asking. */
    unsolicitedAdvice: lines(6),
    /** To a genuine affirmation of strengths or effort. */
    affirmation: lines(5),
    /** To being asked permission before information or advice is offered. */
    permissionAsked: lines(5),
    /** To having choice and autonomy emphasised. */
    autonomy: lines(5),
    /** To a summary that collects what was said. */
    summary: lines(4),
    /** Hearing information after permission was given. */
    informationReceived: lines(4),
    /** Short answers (≤ 12 words) to closed questions. */
    closedYes: lines(5),
    closedNo: lines(5),
    closedUnsure: lines(5),
    /** Pushing back when discord is high. */
    pushBack: lines(6),
    /** Brief, guarded answers when the client avoids (exploration 1). */
    avoid: lines(6),
    /** Agreeing to a concrete next step, once ready. */
    agreeStep: lines(4),
    /** Answers to a scaling question; `{n}` is replaced by the client's current number. */
    scalingImportance: lines(3),
    scalingConfidence: lines(3),
    /** When the counsellor asks why not a lower number: change talk in disguise. */
    scalingWhyNotLower: lines(3),
    /** When the counsellor is unclear or off-topic. */
    confused: lines(3),
    /** Saying goodbye at the end. */
    closing: lines(3),
  }),
  /** Factual answers, "don't know" lines and the core barrier (facts.ts). */
  facts: FactsSchema.optional(),
  presets: z.strictObject(
    Object.fromEntries(PRESETS.map((p) => [p, PresetSettingsSchema])) as Record<
      (typeof PRESETS)[number],
      typeof PresetSettingsSchema
    >,
  ),
});
export type CaseFile = z.infer<typeof CaseSchema>;
export type Case = CaseFile & { id: string };
