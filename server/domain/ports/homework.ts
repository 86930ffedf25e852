/**
 * The storage port for homework: assignments, the practice sessions trainees start for them, submissions
 * and instructor comments. Settings, summaries and transcripts travel as JSON the store does not interpret.
 */
import type { Lang, Preset } from '../codes.js';

/** Optional goals the instructor sets; percentages are 0–100. */
export interface Targets {
  rq?: number;
  pctComplexReflections?: number;
  pctOpenQuestions?: number;
  pctChangeTalk?: number;
}

/** What an instructor sets and may edit; a submission keeps a copy of the settings it was done under. */
export interface AssignmentSettings {
  title: string;
  instructions: string;
  caseId: string;
  lang: Lang;
  preset: Preset;
  hints: boolean;
  minTurns: number | null;
  timeLimitMinutes: number | null;
  /** ISO 8601. */
  dueAt: string;
  targets: Targets;
}

export interface StoredAssignment {
  id: string;
  ownerId: string;
  /** Six characters without look-alikes; unique. */
  code: string;
  settings: AssignmentSettings;
  createdAt: string;
  updatedAt: string;
}

/** A practice session a trainee started from an assignment. */
export interface AssignmentStart {
  sessionId: string;
  assignmentId: string;
  displayName: string;
  startedAt: string;
}

export interface StoredSubmission {
  id: string;
  assignmentId: string;
  sessionId: string;
  displayName: string;
  /** sha256 of the receipt token, hex. */
  receiptHash: string;
  submittedAt: string;
  late: boolean;
  /** The assignment's settings when the work was submitted. */
  assignment: AssignmentSettings;
  /** The summary figures (server/homework/summary.ts). */
  summary: unknown;
  /** The coded transcript and report as they were at submission. */
  transcript: unknown;
}

export interface StoredComment {
  id: string;
  submissionId: string;
  authorId: string;
  authorName: string;
  /** The turn it is about; null for an overall comment. */
  turn: number | null;
  text: string;
  createdAt: string;
}

export interface HomeworkStore {
  /** Returns false when the code is taken (the caller draws another). */
  createAssignment(a: StoredAssignment): Promise<boolean>;
  getAssignment(id: string): Promise<StoredAssignment | null>;
  getAssignmentByCode(code: string): Promise<StoredAssignment | null>;
  /** All assignments, or one owner's; newest first. */
  listAssignments(ownerId?: string): Promise<StoredAssignment[]>;
  updateAssignment(id: string, settings: AssignmentSettings, updatedAt: string): Promise<boolean>;
  deleteAssignment(id: string): Promise<boolean>;

  recordStart(start: AssignmentStart): Promise<void>;
  getStart(sessionId: string): Promise<AssignmentStart | null>;
  /** Deletes starts older than `isoDate` that were never submitted; returns how many. */
  deleteStartsOlderThan(isoDate: string): Promise<number>;

  /** Returns false when that session was already submitted. */
  createSubmission(s: StoredSubmission): Promise<boolean>;
  getSubmission(id: string): Promise<StoredSubmission | null>;
  /** Oldest first. */
  listSubmissions(assignmentId: string): Promise<StoredSubmission[]>;
  deleteSubmission(id: string): Promise<boolean>;

  addComment(c: StoredComment): Promise<void>;
  /** Oldest first. */
  listComments(submissionId: string): Promise<StoredComment[]>;
}
