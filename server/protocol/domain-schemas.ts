/**
 * zod schemas of the domain values that cross the wire (codings, client state, turns). The domain defines the
 * TypeScript types; these mirror them for validation and for the OpenAPI document.
 */
import { z } from 'zod';
import { codesOf } from '../domain/coder/double-coding.js';
import { TECHNIQUES } from '../domain/coder/types.js';
import { CLIENT_CODES, COUNSELLOR_CODES, DARN_CAT, LANGS, PETALS, PRESETS, STAGES } from '../domain/codes.js';

export const LangSchema = z.enum(LANGS);
export const PresetSchema = z.enum(PRESETS);

const CounsellorCodeSchema = z.enum(COUNSELLOR_CODES);

export const CounsellorCodingSchema = z.object({
  /** The turn's main behaviour. */
  code: CounsellorCodeSchema,
  /** Every behaviour of the turn, in order (MITI 4.2.1 counts each); holds `code`. */
  codes: z.array(CounsellorCodeSchema).min(1),
  confidence: z.number(),
  reason: z.string(),
  techniques: z.array(z.enum(TECHNIQUES)),
  lang: LangSchema,
});

/**
 * A counsellor coding as stored: sessions stored before `codes` existed have only the main code, and load with it
 * (and Seek for a permission question, as they were counted then).
 */
export const StoredCounsellorCodingSchema = CounsellorCodingSchema.extend({
  codes: CounsellorCodingSchema.shape.codes.optional(),
}).transform((c) => ({ ...c, codes: c.codes ?? codesOf(c) }));

export const ClientCodingSchema = z.object({
  code: z.enum(CLIENT_CODES),
  kind: z.enum(DARN_CAT).optional(),
  confidence: z.number(),
  reason: z.string(),
  lang: LangSchema,
});

/** What a user may see of the client's hidden state. */
export const VisibleStateSchema = z.object({
  importance: z.number(),
  confidence: z.number(),
  discord: z.number(),
  trust: z.number(),
  exploration: z.number().int().min(1).max(5),
  stage: z.enum(STAGES),
  openPetals: z.array(z.enum(PETALS)),
});

export const CounsellorTurnSchema = z.object({
  text: z.string(),
  coding: CounsellorCodingSchema,
  tip: z.string().optional(),
});

export const ClientTurnSchema = z.object({
  text: z.string(),
  coding: ClientCodingSchema,
});

export const CodedUtteranceSchema = z.discriminatedUnion('speaker', [
  z.object({ speaker: z.literal('counsellor'), text: z.string(), coding: CounsellorCodingSchema }),
  z.object({ speaker: z.literal('client'), text: z.string(), coding: ClientCodingSchema }),
]);

export const TurnSchema = z.object({
  turn: z.number().int().min(1),
  counsellor: CounsellorTurnSchema,
  client: ClientTurnSchema,
  state: VisibleStateSchema,
});

/**
 * The report of a session or an analysis. Its parts are built by the domain's scores and feedback modules;
 * the wire keeps them open (loose) so a new figure reaches the client without a protocol version.
 */
export const ReportSchema = z.looseObject({
  turns: z.number().int(),
  miti: z.looseObject({
    reflectionToQuestion: z.number().nullable(),
    percentComplexReflections: z.number().nullable(),
    percentOpenQuestions: z.number().nullable(),
    miAdherent: z.number(),
    miNonAdherent: z.number(),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

/**
 * The domain's report interfaces have no index signature, so TypeScript will not see them as the loose wire
 * type; the shape is checked by the response schema when it is sent.
 */
export function toWireReport(
  report: { turns: number; miti: object; [key: string]: unknown } | object,
): Report {
  return report as unknown as Report;
}
