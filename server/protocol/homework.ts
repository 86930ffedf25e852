/**
 * The wire shapes of accounts and homework (zod), shared by the routes (server/http/) and the web client, which
 * infers its types from them (client/src/api/homework.ts).
 */
import { z } from 'zod';
import { LangSchema, PresetSchema } from './domain-schemas.js';
import { SeedSchema, SessionViewSchema } from './messages.js';

/** The longest password accepted (server/auth/password.ts checks it too). */
export const PASSWORD_MAX_CHARS = 200;

export const LIMITS_HOMEWORK = {
  TITLE_MAX_CHARS: 200,
  INSTRUCTIONS_MAX_CHARS: 5_000,
  DISPLAY_NAME_MAX_CHARS: 60,
  COMMENT_MAX_CHARS: 5_000,
  MAX_MIN_TURNS: 100,
  MAX_TIME_LIMIT_MINUTES: 180,
} as const;

const L = LIMITS_HOMEWORK;

export const RoleSchema = z.enum(['instructor', 'admin']);
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
});
export const LoginSchema = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_CHARS),
});
export const SetupSchema = z.object({
  email: z.string().min(1).max(320),
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(PASSWORD_MAX_CHARS),
});
export const NewUserSchema = SetupSchema.extend({ role: RoleSchema.default('instructor') });

export const TargetsSchema = z
  .object({
    rq: z.number().min(0).max(10).optional(),
    pctComplexReflections: z.number().min(0).max(100).optional(),
    pctOpenQuestions: z.number().min(0).max(100).optional(),
    pctChangeTalk: z.number().min(0).max(100).optional(),
  })
  .strict();

const settingsShape = {
  title: z.string().trim().min(1).max(L.TITLE_MAX_CHARS),
  instructions: z.string().max(L.INSTRUCTIONS_MAX_CHARS).default(''),
  caseId: z.string().min(1).max(100),
  lang: LangSchema,
  preset: PresetSchema.default('ambivalent'),
  hints: z.boolean().default(true),
  minTurns: z.number().int().min(1).max(L.MAX_MIN_TURNS).nullable().default(null),
  timeLimitMinutes: z.number().int().min(1).max(L.MAX_TIME_LIMIT_MINUTES).nullable().default(null),
  dueAt: z.iso.datetime({ offset: true }),
  targets: TargetsSchema.default({}),
};

const oneLength = (s: { minTurns?: number | null; timeLimitMinutes?: number | null }) =>
  (s.minTurns == null) !== (s.timeLimitMinutes == null);
const oneLengthMessage = { message: 'set either minTurns or timeLimitMinutes (exactly one)' };

export const AssignmentInputSchema = z.object(settingsShape).refine(oneLength, oneLengthMessage);
/** A partial edit; the result must still have exactly one of minTurns and timeLimitMinutes. */
export const AssignmentPatchSchema = z.object({
  title: settingsShape.title.optional(),
  instructions: z.string().max(L.INSTRUCTIONS_MAX_CHARS).optional(),
  caseId: settingsShape.caseId.optional(),
  lang: LangSchema.optional(),
  preset: PresetSchema.optional(),
  hints: z.boolean().optional(),
  minTurns: z.number().int().min(1).max(L.MAX_MIN_TURNS).nullable().optional(),
  timeLimitMinutes: z.number().int().min(1).max(L.MAX_TIME_LIMIT_MINUTES).nullable().optional(),
  dueAt: settingsShape.dueAt.optional(),
  targets: TargetsSchema.optional(),
});
export type AssignmentInput = z.infer<typeof AssignmentInputSchema>;
export type AssignmentPatch = z.infer<typeof AssignmentPatchSchema>;

export const SettingsSchema = z.object({
  title: z.string(),
  instructions: z.string(),
  caseId: z.string(),
  lang: LangSchema,
  preset: PresetSchema,
  hints: z.boolean(),
  minTurns: z.number().nullable(),
  timeLimitMinutes: z.number().nullable(),
  dueAt: z.string(),
  targets: TargetsSchema,
});

export const AssignmentViewSchema = SettingsSchema.extend({
  id: z.string(),
  code: z.string(),
  sharePath: z.string(),
  ownerId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submissions: z.number().int(),
});
export const PublicAssignmentSchema = SettingsSchema.extend({ code: z.string() });

export const StartForAssignmentSchema = z.object({
  displayName: z.string().trim().min(1).max(L.DISPLAY_NAME_MAX_CHARS),
  seed: SeedSchema.optional(),
});
export const SubmitSchema = z.object({
  sessionId: z.string().min(1).max(100),
  token: z.string().min(1).max(200),
});
export const ReceiptSchema = z.object({
  id: z.string(),
  receiptToken: z.string(),
  late: z.boolean(),
  submittedAt: z.string(),
});

export const SummarySchema = z.object({
  turns: z.number(),
  durationSeconds: z.number(),
  rq: z.number().nullable(),
  pctComplexReflections: z.number().nullable(),
  pctOpenQuestions: z.number().nullable(),
  miAdherent: z.number(),
  miNonAdherent: z.number(),
  pctChangeTalk: z.number().nullable(),
  counts: z.record(z.string(), z.number()),
  targetsMet: z.record(z.string(), z.boolean().nullable()),
});
export const SubmissionRowSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  submittedAt: z.string(),
  late: z.boolean(),
  summary: SummarySchema,
  comments: z.number().int(),
});
export const CommentSchema = z.object({
  id: z.string(),
  turn: z.number().int().nullable(),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export const CommentInputSchema = z.object({
  turn: z.number().int().min(0).nullable().default(null),
  text: z.string().trim().min(1).max(L.COMMENT_MAX_CHARS),
});
export const SubmissionViewSchema = z.object({
  id: z.string(),
  assignmentId: z.string(),
  displayName: z.string(),
  submittedAt: z.string(),
  late: z.boolean(),
  assignment: SettingsSchema,
  summary: SummarySchema,
  transcript: SessionViewSchema,
  comments: z.array(CommentSchema),
});

export type Role = z.infer<typeof RoleSchema>;
export type User = z.infer<typeof UserSchema>;
export type Targets = z.infer<typeof TargetsSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type AssignmentView = z.infer<typeof AssignmentViewSchema>;
export type PublicAssignment = z.infer<typeof PublicAssignmentSchema>;
export type Receipt = z.infer<typeof ReceiptSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type SubmissionRow = z.infer<typeof SubmissionRowSchema>;
export type Comment = z.infer<typeof CommentSchema>;
export type SubmissionView = z.infer<typeof SubmissionViewSchema>;
/** The keys of the targets, in the order forms and summaries show them. */
export const TARGET_KEYS = TargetsSchema.keyof().options;
export type Lang = z.infer<typeof LangSchema>;
export type Preset = z.infer<typeof PresetSchema>;
