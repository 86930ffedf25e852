import type Database from 'better-sqlite3';
import type {
  AppendResult,
  ClassTag,
  SessionKind,
  SessionStore,
  StoredSession,
} from '../domain/ports/session-store.js';

interface Row {
  id: string;
  token_hash: string;
  kind: SessionKind;
  case_id: string | null;
  lang: StoredSession['lang'];
  preset: StoredSession['preset'];
  engine: string;
  created_at: string;
  updated_at: string;
  ended: number;
  turn_count: number;
  snapshot: string;
}

export function sqliteSessionStore(db: Database.Database): SessionStore {
  const insert = db.prepare(
    `INSERT INTO sessions (id, token_hash, kind, case_id, lang, preset, engine, created_at, updated_at, ended, turn_count, snapshot)
     VALUES (@id, @tokenHash, @kind, @caseId, @lang, @preset, @engine, @createdAt, @updatedAt, @ended, @turnCount, @snapshot)`,
  );
  const insertTurn = db.prepare('INSERT INTO session_turns (session_id, turn, data) VALUES (?, ?, ?)');
  const selectOne = db.prepare('SELECT * FROM sessions WHERE id = ?');
  const selectTurns = db.prepare('SELECT data FROM session_turns WHERE session_id = ? ORDER BY turn');
  const bump = db.prepare(
    'UPDATE sessions SET turn_count = ?, snapshot = ?, updated_at = ? WHERE id = ? AND turn_count = ? AND ended = 0',
  );
  const setSnapshot = db.prepare('UPDATE sessions SET snapshot = ?, ended = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const upsertTag = db.prepare(
    `INSERT INTO class_tags (session_id, participant, turn, speaker, tag) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id, participant, turn, speaker) DO UPDATE SET tag = excluded.tag`,
  );
  const selectTags = db.prepare(
    'SELECT participant, turn, speaker, tag FROM class_tags WHERE session_id = ? ORDER BY turn, speaker, participant',
  );

  const create = db.transaction((s: StoredSession) => {
    insert.run({
      ...s,
      ended: s.ended ? 1 : 0,
      turnCount: s.turns.length,
      snapshot: JSON.stringify(s.snapshot),
    });
    for (const [i, t] of s.turns.entries()) insertTurn.run(s.id, i + 1, JSON.stringify(t));
  });
  const append = db.transaction(
    (id: string, turnNo: number, turn: unknown, snapshot: unknown, at: string) => {
      const changed = bump.run(turnNo, JSON.stringify(snapshot), at, id, turnNo - 1).changes;
      if (changed === 0) return selectOne.get(id) ? 'conflict' : 'missing';
      insertTurn.run(id, turnNo, JSON.stringify(turn));
      return 'ok';
    },
  );

  return {
    async create(s) {
      create(s);
    },
    async get(id) {
      const row = selectOne.get(id) as Row | undefined;
      if (!row) return null;
      const turns = (selectTurns.all(id) as { data: string }[]).map((t) => JSON.parse(t.data) as unknown);
      return {
        id: row.id,
        tokenHash: row.token_hash,
        kind: row.kind,
        caseId: row.case_id,
        lang: row.lang,
        preset: row.preset,
        engine: row.engine,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        ended: row.ended === 1,
        snapshot: JSON.parse(row.snapshot) as unknown,
        turns,
      };
    },
    async appendTurn(id, turnNo, turn, snapshot, updatedAt) {
      return append(id, turnNo, turn, snapshot, updatedAt) as AppendResult;
    },
    async update(id, snapshot, ended, updatedAt) {
      return setSnapshot.run(JSON.stringify(snapshot), ended ? 1 : 0, updatedAt, id).changes > 0;
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async deleteOlderThan(iso, kind) {
      const sql = kind
        ? db.prepare('DELETE FROM sessions WHERE created_at < ? AND kind = ?')
        : db.prepare('DELETE FROM sessions WHERE created_at < ?');
      return (kind ? sql.run(iso, kind) : sql.run(iso)).changes;
    },
    async saveTag(sessionId, t) {
      upsertTag.run(sessionId, t.participant, t.turn, t.speaker, t.tag);
    },
    async tags(sessionId) {
      return selectTags.all(sessionId) as ClassTag[];
    },
  };
}
