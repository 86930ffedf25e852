import type pg from 'pg';
import type {
  AppendResult,
  ClassTag,
  SessionKind,
  SessionStore,
  StoredSession,
} from '../domain/ports/session-store.js';
import { isOutage } from './outage.js';

interface Row {
  id: string;
  token_hash: string;
  kind: SessionKind;
  case_id: string | null;
  lang: StoredSession['lang'];
  preset: StoredSession['preset'];
  engine: string;
  created_at: Date;
  updated_at: Date;
  ended: boolean;
  snapshot: unknown;
}

export async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    failure = err instanceof Error ? err : new Error(String(err));
    // On a dead connection ROLLBACK fails too; the error worth reporting is the first one.
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    // A client whose connection failed is dropped rather than handed to the next request half-broken.
    client.release(failure && isOutage(failure) ? failure : undefined);
  }
}

async function insertTurns(c: pg.PoolClient, id: string, turns: unknown[], first: number): Promise<void> {
  for (const [i, t] of turns.entries()) {
    await c.query('INSERT INTO session_turns (session_id, turn, data) VALUES ($1, $2, $3)', [
      id,
      first + i,
      JSON.stringify(t),
    ]);
  }
}

export function postgresSessionStore(pool: pg.Pool): SessionStore {
  return {
    async create(s) {
      await inTransaction(pool, async (c) => {
        await c.query(
          `INSERT INTO sessions (id, token_hash, kind, case_id, lang, preset, engine, created_at, updated_at, ended, turn_count, snapshot)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            s.id,
            s.tokenHash,
            s.kind,
            s.caseId,
            s.lang,
            s.preset,
            s.engine,
            s.createdAt,
            s.updatedAt,
            s.ended,
            s.turns.length,
            JSON.stringify(s.snapshot),
          ],
        );
        await insertTurns(c, s.id, s.turns, 1);
      });
    },
    async get(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM sessions WHERE id = $1', [id]);
      const row = rows[0];
      if (!row) return null;
      const turns = await pool.query<{ data: unknown }>(
        'SELECT data FROM session_turns WHERE session_id = $1 ORDER BY turn',
        [id],
      );
      return {
        id: row.id,
        tokenHash: row.token_hash,
        kind: row.kind,
        caseId: row.case_id,
        lang: row.lang,
        preset: row.preset,
        engine: row.engine,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        ended: row.ended,
        snapshot: row.snapshot,
        turns: turns.rows.map((t) => t.data),
      };
    },
    async appendTurn(id, turnNo, turn, snapshot, updatedAt) {
      return inTransaction<AppendResult>(pool, async (c) => {
        const bumped = await c.query(
          'UPDATE sessions SET turn_count = $1, snapshot = $2, updated_at = $3 WHERE id = $4 AND turn_count = $5 AND NOT ended',
          [turnNo, JSON.stringify(snapshot), updatedAt, id, turnNo - 1],
        );
        if (bumped.rowCount === 0) {
          const exists = await c.query('SELECT 1 FROM sessions WHERE id = $1', [id]);
          return exists.rowCount === 0 ? 'missing' : 'conflict';
        }
        await insertTurns(c, id, [turn], turnNo);
        return 'ok';
      });
    },
    async update(id, snapshot, ended, updatedAt) {
      const r = await pool.query(
        'UPDATE sessions SET snapshot = $1, ended = $2, updated_at = $3 WHERE id = $4',
        [JSON.stringify(snapshot), ended, updatedAt, id],
      );
      return (r.rowCount ?? 0) > 0;
    },
    async delete(id) {
      return ((await pool.query('DELETE FROM sessions WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async deleteOlderThan(iso, kind) {
      const r = kind
        ? await pool.query('DELETE FROM sessions WHERE created_at < $1 AND kind = $2', [iso, kind])
        : await pool.query('DELETE FROM sessions WHERE created_at < $1', [iso]);
      return r.rowCount ?? 0;
    },
    async saveTag(sessionId, t) {
      await pool.query(
        `INSERT INTO class_tags (session_id, participant, turn, speaker, tag) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id, participant, turn, speaker) DO UPDATE SET tag = EXCLUDED.tag`,
        [sessionId, t.participant, t.turn, t.speaker, t.tag],
      );
    },
    async tags(sessionId) {
      const { rows } = await pool.query<ClassTag>(
        'SELECT participant, turn, speaker, tag FROM class_tags WHERE session_id = $1 ORDER BY turn, speaker, participant',
        [sessionId],
      );
      return rows;
    },
  };
}
