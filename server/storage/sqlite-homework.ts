import type Database from 'better-sqlite3';
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
  settings: string;
  created_at: string;
  updated_at: string;
}
interface StartRow {
  session_id: string;
  assignment_id: string;
  display_name: string;
  started_at: string;
}
interface SubmissionRow {
  id: string;
  assignment_id: string;
  session_id: string;
  display_name: string;
  receipt_hash: string;
  submitted_at: string;
  late: number;
  assignment: string;
  summary: string;
  transcript: string;
}
interface CommentRow {
  id: string;
  submission_id: string;
  author_id: string;
  author_name: string;
  turn: number | null;
  text: string;
  created_at: string;
}

const toAssignment = (r: AssignmentRow): StoredAssignment => ({
  id: r.id,
  ownerId: r.owner_id,
  code: r.code,
  settings: JSON.parse(r.settings) as AssignmentSettings,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toStart = (r: StartRow): AssignmentStart => ({
  sessionId: r.session_id,
  assignmentId: r.assignment_id,
  displayName: r.display_name,
  startedAt: r.started_at,
});
const toSubmission = (r: SubmissionRow): StoredSubmission => ({
  id: r.id,
  assignmentId: r.assignment_id,
  sessionId: r.session_id,
  displayName: r.display_name,
  receiptHash: r.receipt_hash,
  submittedAt: r.submitted_at,
  late: r.late === 1,
  assignment: JSON.parse(r.assignment) as AssignmentSettings,
  summary: JSON.parse(r.summary) as unknown,
  transcript: JSON.parse(r.transcript) as unknown,
});
const toComment = (r: CommentRow): StoredComment => ({
  id: r.id,
  submissionId: r.submission_id,
  authorId: r.author_id,
  authorName: r.author_name,
  turn: r.turn,
  text: r.text,
  createdAt: r.created_at,
});

export function sqliteHomeworkStore(db: Database.Database): HomeworkStore {
  const insertAssignment = db.prepare(
    'INSERT INTO assignments (id, owner_id, code, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const assignmentById = db.prepare('SELECT * FROM assignments WHERE id = ?');
  const assignmentByCode = db.prepare('SELECT * FROM assignments WHERE code = ?');
  const allAssignments = db.prepare('SELECT * FROM assignments ORDER BY created_at DESC, id');
  const ownAssignments = db.prepare(
    'SELECT * FROM assignments WHERE owner_id = ? ORDER BY created_at DESC, id',
  );
  const updateAssignment = db.prepare('UPDATE assignments SET settings = ?, updated_at = ? WHERE id = ?');
  const removeAssignment = db.prepare('DELETE FROM assignments WHERE id = ?');
  const insertStart = db.prepare(
    'INSERT INTO assignment_starts (session_id, assignment_id, display_name, started_at) VALUES (?, ?, ?, ?)',
  );
  const startById = db.prepare('SELECT * FROM assignment_starts WHERE session_id = ?');
  const removeOldStarts = db.prepare(
    `DELETE FROM assignment_starts WHERE started_at < ?
       AND session_id NOT IN (SELECT session_id FROM submissions)`,
  );
  const insertSubmission = db.prepare(
    `INSERT INTO submissions (id, assignment_id, session_id, display_name, receipt_hash, submitted_at, late, assignment, summary, transcript)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const submissionById = db.prepare('SELECT * FROM submissions WHERE id = ?');
  const submissionsOf = db.prepare(
    'SELECT * FROM submissions WHERE assignment_id = ? ORDER BY submitted_at, id',
  );
  const removeSubmission = db.prepare('DELETE FROM submissions WHERE id = ?');
  const insertComment = db.prepare(
    `INSERT INTO submission_comments (id, submission_id, author_id, author_name, turn, text, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const commentsOf = db.prepare(
    'SELECT * FROM submission_comments WHERE submission_id = ? ORDER BY created_at, id',
  );

  return {
    async createAssignment(a) {
      try {
        insertAssignment.run(a.id, a.ownerId, a.code, JSON.stringify(a.settings), a.createdAt, a.updatedAt);
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },
    async getAssignment(id) {
      const row = assignmentById.get(id) as AssignmentRow | undefined;
      return row ? toAssignment(row) : null;
    },
    async getAssignmentByCode(code) {
      const row = assignmentByCode.get(code) as AssignmentRow | undefined;
      return row ? toAssignment(row) : null;
    },
    async listAssignments(ownerId) {
      const rows = (ownerId ? ownAssignments.all(ownerId) : allAssignments.all()) as AssignmentRow[];
      return rows.map(toAssignment);
    },
    async updateAssignment(id, settings, updatedAt) {
      return updateAssignment.run(JSON.stringify(settings), updatedAt, id).changes > 0;
    },
    async deleteAssignment(id) {
      return removeAssignment.run(id).changes > 0;
    },
    async recordStart(s) {
      insertStart.run(s.sessionId, s.assignmentId, s.displayName, s.startedAt);
    },
    async getStart(sessionId) {
      const row = startById.get(sessionId) as StartRow | undefined;
      return row ? toStart(row) : null;
    },
    async deleteStartsOlderThan(iso) {
      return removeOldStarts.run(iso).changes;
    },
    async createSubmission(s) {
      try {
        insertSubmission.run(
          s.id,
          s.assignmentId,
          s.sessionId,
          s.displayName,
          s.receiptHash,
          s.submittedAt,
          s.late ? 1 : 0,
          JSON.stringify(s.assignment),
          JSON.stringify(s.summary),
          JSON.stringify(s.transcript),
        );
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },
    async getSubmission(id) {
      const row = submissionById.get(id) as SubmissionRow | undefined;
      return row ? toSubmission(row) : null;
    },
    async listSubmissions(assignmentId) {
      return (submissionsOf.all(assignmentId) as SubmissionRow[]).map(toSubmission);
    },
    async deleteSubmission(id) {
      return removeSubmission.run(id).changes > 0;
    },
    async addComment(c) {
      insertComment.run(c.id, c.submissionId, c.authorId, c.authorName, c.turn, c.text, c.createdAt);
    },
    async listComments(submissionId) {
      return (commentsOf.all(submissionId) as CommentRow[]).map(toComment);
    },
  };
}
