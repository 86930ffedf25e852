/** HTTP bodies and socket.io payloads: one schema per message. */
import { z } from 'zod';
import {
  ClientTurnSchema,
  CodedUtteranceSchema,
  CounsellorTurnSchema,
  LangSchema,
  PresetSchema,
  ReportSchema,
  TurnSchema,
  VisibleStateSchema,
} from './domain-schemas.js';
import { EngineNoticeSchema, LlmSummarySchema } from './llm.js';
import { ClassTalliesSchema } from './rooms.js';

export { EngineNoticeSchema };

/** Limits a user can hit, named once for server, client and error messages. */
export const LIMITS = {
  /** Characters in one counsellor message. */
  MESSAGE_MAX_CHARS: 2_000,
  /** Characters in a pasted or uploaded transcript. */
  TRANSCRIPT_MAX_CHARS: 200_000,
  /** Utterances in one transcript analysis. */
  TRANSCRIPT_MAX_UTTERANCES: 500,
  /** Counsellor turns in one practice session. */
  SESSION_MAX_TURNS: 200,
} as const;

const Text3 = z.object({ nb: z.string(), da: z.string(), en: z.string() });

export const CaseSummarySchema = z.object({
  id: z.string(),
  title: Text3,
  summary: Text3,
  client: z.object({ name: z.string(), age: z.number() }),
  setting: Text3,
  counsellorRole: Text3,
  targetBehaviour: Text3,
  presets: z.array(PresetSchema),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** A practice session's random seed (replays the same client), a 31-bit non-negative integer. */
export const SeedSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

export const StartSessionSchema = z.object({
  caseId: z.string().min(1).max(100),
  lang: LangSchema,
  preset: PresetSchema.default('ambivalent'),
  hints: z.boolean().default(true),
  seed: SeedSchema.optional(),
});
export type StartSession = z.infer<typeof StartSessionSchema>;

export const SessionKindSchema = z.enum(['practice', 'analysis']);

export const SessionViewSchema = z.object({
  id: z.string(),
  kind: SessionKindSchema,
  caseId: z.string().nullable(),
  lang: LangSchema,
  preset: PresetSchema.nullable(),
  hints: z.boolean(),
  engine: z.string(),
  createdAt: z.string(),
  ended: z.boolean(),
  opening: ClientTurnSchema.nullable(),
  turns: z.array(TurnSchema),
  /** An analysis's coded utterances in order (null for a practice session, whose turns are in `turns`). */
  utterances: z.array(CodedUtteranceSchema).nullable(),
  state: VisibleStateSchema.nullable(),
  report: ReportSchema,
  /** A class demonstration's observer tags beside the coder's codes (null when no class tagged). */
  classTags: ClassTalliesSchema.nullable(),
  /** The LLM engine's tokens and coder disagreements (absent for a session on the embedded engine). */
  llm: LlmSummarySchema.optional(),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

export const SessionCreatedSchema = z.object({
  id: z.string(),
  token: z.string(),
  session: SessionViewSchema,
});
export type SessionCreated = z.infer<typeof SessionCreatedSchema>;

/**
 * `turn`: the number of the turn being taken, as an idempotency key. A retry after a lost answer gets the
 * stored turn back instead of a second turn; another text for a taken turn is `not_your_turn`.
 */
const TurnNumberSchema = z.number().int().min(1).max(10_000).optional();

export const TurnInputSchema = z.object({ text: z.string(), turn: TurnNumberSchema });

export const TurnResultSchema = z.object({
  turn: TurnSchema,
  report: ReportSchema,
  /** Present when the LLM engine failed on this turn and the embedded engine answered instead. */
  notice: EngineNoticeSchema.optional(),
});
export type TurnResult = z.infer<typeof TurnResultSchema>;

export const AnalysisInputSchema = z.object({
  text: z.string(),
  format: z.enum(['auto', 'csv', 'text']).default('auto'),
  lang: LangSchema.optional(),
  /** The speaker name of the counsellor in plain text, when it is not the first speaker. */
  counsellor: z.string().max(60).optional(),
});
export type AnalysisInput = z.infer<typeof AnalysisInputSchema>;

// --- socket.io payloads ---

export const JoinSessionSchema = z.object({
  id: z.string().min(1).max(100),
  token: z.string().min(1).max(200),
});
export const SendTurnSchema = z.object({ text: z.string(), turn: TurnNumberSchema });
/** Events without a payload: socket.io sends undefined as null. */
export const EmptySchema = z.object({}).nullish();

export const SessionStartedSchema = SessionCreatedSchema;
export const SessionStateSchema = z.object({ session: SessionViewSchema });
export const TurnCodedSchema = z.object({ turn: z.number().int(), counsellor: CounsellorTurnSchema });
export const ClientTypingSchema = z.object({ turn: z.number().int() });
export const TurnReplySchema = z.object({ turn: z.number().int(), client: ClientTurnSchema });
export const ScoresSchema = z.object({
  turn: z.number().int(),
  state: VisibleStateSchema,
  report: ReportSchema,
});
export const SessionEndedSchema = z.object({ report: ReportSchema });
/** A piece of the client's reply as the LLM engine streams it; `turn:reply` then carries the final text. */
export const TurnTokenSchema = z.object({ turn: z.number().int(), text: z.string() });
