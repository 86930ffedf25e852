import type pg from 'pg';
import type {
  AssignmentSettings,
  AssignmentStart,
  HomeworkStore,
  StoredAssignment,
  StoredComment,
  StoredSubmission,
} from '../domain/ports/homework.js';
import { isUniqueViolation } from './sqlite-accounts.js';

interface AssignmentRow {
  id: string;
  owner_id: string;
  code: string;
  settings: AssignmentSettings;
  created_at: Date;
  updated_at: Date;
}
interface StartRow {
  session_id: string;
  assignment_id: string;
  display_name: string;
  started_at: Date;
}
interface SubmissionRow {
  id: string;
  assignment_id: string;
  session_id: string;
  display_name: string;
  receipt_hash: string;
  submitted_at: Date;
  late: boolean;
  assignment: AssignmentSettings;
  summary: unknown;
  transcript: unknown;
}
interface CommentRow {
  id: string;
  submission_id: string;
  author_id: string;
  author_name: string;
  turn: number | null;
  text: string;
  created_at: Date;
}

const toAssignment = (r: AssignmentRow): StoredAssignment => ({
  id: r.id,
  ownerId: r.owner_id,
  code: r.code,
  settings: r.settings,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});
const toStart = (r: StartRow): AssignmentStart => ({
  sessionId: r.session_id,
  assignmentId: r.assignment_id,
  displayName: r.display_name,
  startedAt: r.started_at.toISOString(),
});
const toSubmission = (r: SubmissionRow): StoredSubmission => ({
  id: r.id,
  assignmentId: r.assignment_id,
  sessionId: r.session_id,
  displayName: r.display_name,
  receiptHash: r.receipt_hash,
  submittedAt: r.submitted_at.toISOString(),
  late: r.late,
  assignment: r.assignment,
  summary: r.summary,
  transcript: r.transcript,
});
const toComment = (r: CommentRow): StoredComment => ({
  id: r.id,
  submissionId: r.submission_id,
  authorId: r.author_id,
  authorName: r.author_name,
  turn: r.turn,
  text: r.text,
  createdAt: r.created_at.toISOString(),
});

export function postgresHomeworkStore(pool: pg.Pool): HomeworkStore {
  const one = async <R extends pg.QueryResultRow, T>(sql: string, args: unknown[], map: (r: R) => T) => {
    const { rows } = await pool.query<R>(sql, args);
    return rows[0] ? map(rows[0]) : null;
  };
  const changed = async (sql: string, args: unknown[]) => ((await pool.query(sql, args)).rowCount ?? 0) > 0;
  const insertOnce = async (sql: string, args: unknown[]) => {
    try {
      await pool.query(sql, args);
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  };

  return {
    createAssignment: (a) =>
      insertOnce(
        'INSERT INTO assignments (id, owner_id, code, settings, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [a.id, a.ownerId, a.code, JSON.stringify(a.settings), a.createdAt, a.updatedAt],
      ),
    getAssignment: (id) => one('SELECT * FROM assignments WHERE id = $1', [id], toAssignment),
    getAssignmentByCode: (code) => one('SELECT * FROM assignments WHERE code = $1', [code], toAssignment),
    async listAssignments(ownerId) {
      const { rows } = ownerId
        ? await pool.query<AssignmentRow>(
            'SELECT * FROM assignments WHERE owner_id = $1 ORDER BY created_at DESC, id',
            [ownerId],
          )
        : await pool.query<AssignmentRow>('SELECT * FROM assignments ORDER BY created_at DESC, id');
      return rows.map(toAssignment);
    },
    updateAssignment: (id, settings, updatedAt) =>
      changed('UPDATE assignments SET settings = $1, updated_at = $2 WHERE id = $3', [
        JSON.stringify(settings),
        updatedAt,
        id,
      ]),
    deleteAssignment: (id) => changed('DELETE FROM assignments WHERE id = $1', [id]),
    async recordStart(s) {
      await pool.query(
        'INSERT INTO assignment_starts (session_id, assignment_id, display_name, started_at) VALUES ($1, $2, $3, $4)',
        [s.sessionId, s.assignmentId, s.displayName, s.startedAt],
      );
    },
    getStart: (sessionId) =>
      one('SELECT * FROM assignment_starts WHERE session_id = $1', [sessionId], toStart),
    async deleteStartsOlderThan(iso) {
      const res = await pool.query(
        `DELETE FROM assignment_starts WHERE started_at < $1
           AND session_id NOT IN (SELECT session_id FROM submissions)`,
        [iso],
      );
      return res.rowCount ?? 0;
    },
    createSubmission: (s) =>
      insertOnce(
        `INSERT INTO submissions (id, assignment_id, session_id, display_name, receipt_hash, submitted_at, late, assignment, summary, transcript)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          s.id,
          s.assignmentId,
          s.sessionId,
          s.displayName,
          s.receiptHash,
          s.submittedAt,
          s.late,
          JSON.stringify(s.assignment),
          JSON.stringify(s.summary),
          JSON.stringify(s.transcript),
        ],
      ),
    getSubmission: (id) => one('SELECT * FROM submissions WHERE id = $1', [id], toSubmission),
    async listSubmissions(assignmentId) {
      const { rows } = await pool.query<SubmissionRow>(
        'SELECT * FROM submissions WHERE assignment_id = $1 ORDER BY submitted_at, id',
        [assignmentId],
      );
      return rows.map(toSubmission);
    },
    deleteSubmission: (id) => changed('DELETE FROM submissions WHERE id = $1', [id]),
    async addComment(c) {
      await pool.query(
        `INSERT INTO submission_comments (id, submission_id, author_id, author_name, turn, text, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [c.id, c.submissionId, c.authorId, c.authorName, c.turn, c.text, c.createdAt],
      );
    },
    async listComments(submissionId) {
      const { rows } = await pool.query<CommentRow>(
        'SELECT * FROM submission_comments WHERE submission_id = $1 ORDER BY created_at, id',
        [submissionId],
      );
      return rows.map(toComment);
    },
  };
}
