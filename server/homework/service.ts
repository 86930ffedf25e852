/**
 * Homework: assignments an instructor owns, the practice sessions trainees start from them, submissions with
 * their summary figures, comments, exports and the retention purge. HTTP calls this and only maps results.
 *
 * Privacy rules, in one place: an assignment and its submissions are visible to their owner and to admins
 * only, and to anyone else they do not exist (404); a trainee reaches a submission only with its receipt token.
 */
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../auth/service.js';
import { COUNSELLOR_CODES } from '../domain/codes.js';
import type {
  AssignmentSettings,
  HomeworkStore,
  StoredAssignment,
  StoredComment,
  StoredSubmission,
} from '../domain/ports/homework.js';
import { writeCsv } from '../domain/transcript/write-csv.js';
import type { AssignmentInput, AssignmentPatch } from '../protocol/homework.js';
import { AppError, type SessionView } from '../protocol/index.js';
import type { Created, SessionService } from '../sessions/service.js';
import { hashToken, newToken, tokenMatches } from '../sessions/tokens.js';
import { newAssignmentCode, normaliseCode, sharePath } from './code.js';
import { SUMMARY_FIGURES, type SubmissionSummary, summarise } from './summary.js';

/** Drawing a taken code this many times in a row means something else is wrong. */
const CODE_ATTEMPTS = 20;

export interface HomeworkDeps {
  store: HomeworkStore;
  sessions: SessionService;
  now?: () => Date;
}

export interface AssignmentView extends AssignmentSettings {
  id: string;
  code: string;
  sharePath: string;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
  submissions: number;
}

export interface SubmissionView {
  id: string;
  assignmentId: string;
  displayName: string;
  submittedAt: string;
  late: boolean;
  assignment: AssignmentSettings;
  summary: SubmissionSummary;
  transcript: SessionView;
  comments: { id: string; turn: number | null; text: string; authorName: string; createdAt: string }[];
}

export class HomeworkService {
  private readonly store: HomeworkStore;
  private readonly now: () => Date;

  constructor(private readonly deps: HomeworkDeps) {
    this.store = deps.store;
    this.now = deps.now ?? (() => new Date());
  }

  // ---- assignments (instructors) ----

  async create(owner: PublicUser, input: AssignmentInput): Promise<AssignmentView> {
    const settings = this.checkedSettings(input);
    const at = this.now().toISOString();
    for (let i = 0; i < CODE_ATTEMPTS; i++) {
      const a: StoredAssignment = {
        id: randomUUID(),
        ownerId: owner.id,
        code: newAssignmentCode(),
        settings,
        createdAt: at,
        updatedAt: at,
      };
      if (await this.store.createAssignment(a)) return this.assignmentView(a, 0);
    }
    throw new Error('could not draw a free assignment code');
  }

  async list(user: PublicUser): Promise<AssignmentView[]> {
    const all = await this.store.listAssignments(user.role === 'admin' ? undefined : user.id);
    return Promise.all(
      all.map(async (a) => this.assignmentView(a, (await this.store.listSubmissions(a.id)).length)),
    );
  }

  async get(user: PublicUser, id: string): Promise<AssignmentView> {
    const a = await this.owned(user, id);
    return this.assignmentView(a, (await this.store.listSubmissions(a.id)).length);
  }

  /** Submissions keep the settings they were done under; only new work sees the edit. */
  async update(user: PublicUser, id: string, patch: AssignmentPatch): Promise<AssignmentView> {
    const a = await this.owned(user, id);
    const merged = {
      ...a.settings,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    if ((merged.minTurns == null) === (merged.timeLimitMinutes == null)) {
      throw new AppError('bad_request', 'set either minTurns or timeLimitMinutes (exactly one)');
    }
    const settings = this.checkedSettings(merged as AssignmentSettings);
    const at = this.now().toISOString();
    await this.store.updateAssignment(a.id, settings, at);
    return this.get(user, id);
  }

  async delete(user: PublicUser, id: string): Promise<void> {
    const a = await this.owned(user, id);
    await this.store.deleteAssignment(a.id);
  }

  private checkedSettings(s: AssignmentSettings | AssignmentInput): AssignmentSettings {
    if (!this.deps.sessions.listCases().some((c) => c.id === s.caseId)) {
      throw new AppError('unknown_case', `no case "${s.caseId}"`);
    }
    return {
      title: s.title.trim(),
      instructions: s.instructions,
      caseId: s.caseId,
      lang: s.lang,
      preset: s.preset,
      hints: s.hints,
      minTurns: s.minTurns ?? null,
      timeLimitMinutes: s.timeLimitMinutes ?? null,
      dueAt: new Date(s.dueAt).toISOString(),
      targets: { ...s.targets },
    };
  }

  /** The assignment if this user may see it; otherwise it does not exist for them. */
  private async owned(user: PublicUser, id: string): Promise<StoredAssignment> {
    const a = await this.store.getAssignment(id);
    if (!a || (a.ownerId !== user.id && user.role !== 'admin'))
      throw new AppError('not_found', `no assignment ${id}`);
    return a;
  }

  private assignmentView(a: StoredAssignment, submissions: number): AssignmentView {
    return {
      ...a.settings,
      id: a.id,
      code: a.code,
      sharePath: sharePath(a.code),
      ownerId: a.ownerId,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      submissions,
    };
  }

  // ---- trainees ----

  async byCode(code: string): Promise<AssignmentSettings & { code: string }> {
    const a = await this.byCodeOrThrow(code);
    return { ...a.settings, code: a.code };
  }

  private async byCodeOrThrow(code: string): Promise<StoredAssignment> {
    const a = await this.store.getAssignmentByCode(normaliseCode(code));
    if (!a) throw new AppError('not_found', `no assignment with the code ${code}`);
    return a;
  }

  /** A practice session with the assignment's settings, remembered as started from it. */
  async startPractice(code: string, displayName: string, seed?: number): Promise<Created> {
    const a = await this.byCodeOrThrow(code);
    const s = a.settings;
    const created = await this.deps.sessions.start({
      caseId: s.caseId,
      lang: s.lang,
      preset: s.preset,
      hints: s.hints,
      seed,
    });
    await this.store.recordStart({
      sessionId: created.id,
      assignmentId: a.id,
      displayName: displayName.trim(),
      startedAt: created.session.createdAt,
    });
    return created;
  }

  /** Ends the session and stores a copy of it; late work is marked, never refused. */
  async submit(
    sessionId: string,
    token: string,
  ): Promise<{ id: string; receiptToken: string; late: boolean; submittedAt: string }> {
    const stored = await this.deps.sessions.authorised(sessionId, token);
    const start = await this.store.getStart(sessionId);
    if (!start) throw new AppError('bad_request', 'this session was not started from an assignment');
    const a = await this.store.getAssignment(start.assignmentId);
    if (!a) throw new AppError('not_found', 'the assignment of this session no longer exists');
    const { minTurns } = a.settings;
    const turns = stored.turns.length;
    if (minTurns !== null && turns < minTurns) {
      throw new AppError(
        'bad_request',
        `this assignment asks for at least ${minTurns} turns; you have ${turns} so far`,
      );
    }
    if (turns === 0) throw new AppError('bad_request', 'practise at least one turn before you submit');
    const transcript = await this.deps.sessions.end(sessionId, token);
    const now = this.now();
    const submittedAt = now.toISOString();
    const late = now.getTime() > new Date(a.settings.dueAt).getTime();
    const durationSeconds = (now.getTime() - new Date(stored.createdAt).getTime()) / 1000;
    const receiptToken = newToken();
    const submission: StoredSubmission = {
      id: randomUUID(),
      assignmentId: a.id,
      sessionId,
      displayName: start.displayName,
      receiptHash: hashToken(receiptToken),
      submittedAt,
      late,
      assignment: a.settings,
      summary: summarise(transcript.report, durationSeconds, a.settings.targets),
      transcript,
    };
    if (!(await this.store.createSubmission(submission))) {
      throw new AppError('conflict', 'this session has already been submitted');
    }
    return { id: submission.id, receiptToken, late, submittedAt };
  }

  /** The trainee's own submission, opened by its receipt token (401 without one, 403 with another's). */
  async receipt(id: string, receiptToken: string | undefined): Promise<SubmissionView> {
    if (!receiptToken)
      throw new AppError('unauthorized', 'this submission needs its receipt token (Authorization: Bearer …)');
    const s = await this.store.getSubmission(id);
    if (!s) throw new AppError('not_found', `no submission ${id}`);
    if (!tokenMatches(receiptToken, s.receiptHash))
      throw new AppError('forbidden', 'this receipt does not open this submission');
    return this.submissionView(s);
  }

  // ---- review (instructors) ----

  async submissions(user: PublicUser, assignmentId: string) {
    const a = await this.owned(user, assignmentId);
    const list = await this.store.listSubmissions(a.id);
    return Promise.all(
      list.map(async (s) => ({
        id: s.id,
        displayName: s.displayName,
        submittedAt: s.submittedAt,
        late: s.late,
        summary: s.summary as SubmissionSummary,
        comments: (await this.store.listComments(s.id)).length,
      })),
    );
  }

  private async ownedSubmission(user: PublicUser, id: string): Promise<StoredSubmission> {
    const s = await this.store.getSubmission(id);
    const a = s ? await this.store.getAssignment(s.assignmentId) : null;
    if (!s || !a || (a.ownerId !== user.id && user.role !== 'admin'))
      throw new AppError('not_found', `no submission ${id}`);
    return s;
  }

  async submission(user: PublicUser, id: string): Promise<SubmissionView> {
    return this.submissionView(await this.ownedSubmission(user, id));
  }

  async comment(
    user: PublicUser,
    id: string,
    input: { turn: number | null; text: string },
  ): Promise<SubmissionView> {
    const s = await this.ownedSubmission(user, id);
    const turns = (s.transcript as SessionView).turns.length;
    if (input.turn !== null && input.turn > turns) {
      throw new AppError(
        'bad_request',
        `turn ${input.turn} does not exist; this transcript has ${turns} turns`,
      );
    }
    const c: StoredComment = {
      id: randomUUID(),
      submissionId: s.id,
      authorId: user.id,
      authorName: user.name,
      turn: input.turn,
      text: input.text.trim(),
      createdAt: this.now().toISOString(),
    };
    await this.store.addComment(c);
    return this.submissionView(s);
  }

  async deleteSubmission(user: PublicUser, id: string): Promise<void> {
    const s = await this.ownedSubmission(user, id);
    await this.store.deleteSubmission(s.id);
  }

  private async submissionView(s: StoredSubmission): Promise<SubmissionView> {
    const comments = await this.store.listComments(s.id);
    return {
      id: s.id,
      assignmentId: s.assignmentId,
      displayName: s.displayName,
      submittedAt: s.submittedAt,
      late: s.late,
      assignment: s.assignment,
      summary: s.summary as SubmissionSummary,
      transcript: s.transcript as SessionView,
      comments: comments.map((c) => ({
        id: c.id,
        turn: c.turn,
        text: c.text,
        authorName: c.authorName,
        createdAt: c.createdAt,
      })),
    };
  }

  // ---- export ----

  /** One row per submission with every summary figure and the counsellor code counts. */
  async exportCsv(user: PublicUser, assignmentId: string): Promise<{ code: string; csv: string }> {
    const a = await this.owned(user, assignmentId);
    const list = await this.store.listSubmissions(a.id);
    const columns = [
      'submission_id',
      'display_name',
      'submitted_at',
      'late',
      ...SUMMARY_FIGURES.map(snake),
      ...COUNSELLOR_CODES.map((c) => `count_${c.toLowerCase()}`),
    ];
    const rows = list.map((s) => {
      const sum = s.summary as SubmissionSummary;
      return [
        s.id,
        s.displayName,
        s.submittedAt,
        s.late ? 'true' : 'false',
        ...SUMMARY_FIGURES.map((f) => formatFigure(sum[f])),
        ...COUNSELLOR_CODES.map((c) => String(sum.counts?.[c] ?? 0)),
      ];
    });
    return { code: a.code, csv: writeCsv(rows, columns) };
  }

  /** Every submission with its transcript, settings, summary and comments. */
  async exportJson(user: PublicUser, assignmentId: string) {
    const a = await this.owned(user, assignmentId);
    const list = await this.store.listSubmissions(a.id);
    return {
      assignment: this.assignmentView(a, list.length),
      exportedAt: this.now().toISOString(),
      submissions: await Promise.all(list.map((s) => this.submissionView(s))),
    };
  }
}

const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function formatFigure(v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
