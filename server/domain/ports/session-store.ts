/**
 * The storage port for practice sessions and transcript analyses. The application calls it; SQLite and
 * PostgreSQL implement it (server/storage/). Kind-specific data travels as JSON the store does not interpret.
 */
import type { Lang, Preset } from '../codes.js';

export type SessionKind = 'practice' | 'analysis';

export interface StoredSession {
  id: string;
  /** sha256 of the bearer token, hex; the token itself is never stored. */
  tokenHash: string;
  kind: SessionKind;
  caseId: string | null;
  lang: Lang;
  preset: Preset | null;
  engine: string;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
  ended: boolean;
  /** Everything but the turns, as the domain defines it for the kind. */
  snapshot: unknown;
  /** One entry per turn, oldest first. */
  turns: unknown[];
}

/** An observer's tag on a turn of a class demonstration (the triad exercise's observer sheet). */
export interface ClassTag {
  participant: string;
  turn: number;
  speaker: 'client' | 'counsellor';
  tag: string;
}

export type AppendResult = 'ok' | 'missing' | 'conflict';

export interface SessionStore {
  create(session: StoredSession): Promise<void>;
  get(id: string): Promise<StoredSession | null>;
  /**
   * Stores turn number `turnNo` (1-based) with the new snapshot, in one transaction, only if the session has
   * exactly `turnNo - 1` turns: two writers racing for the same turn cannot both win.
   */
  appendTurn(
    id: string,
    turnNo: number,
    turn: unknown,
    snapshot: unknown,
    updatedAt: string,
  ): Promise<AppendResult>;
  /** Replaces the snapshot and the ended flag (e.g. on end). */
  update(id: string, snapshot: unknown, ended: boolean, updatedAt: string): Promise<boolean>;
  delete(id: string): Promise<boolean>;
  /** Deletes sessions created before `isoDate`; returns how many. */
  deleteOlderThan(isoDate: string, kind?: SessionKind): Promise<number>;
  /** Records (or changes) an observer's tag; one per participant, turn and speaker. */
  saveTag(sessionId: string, tag: ClassTag): Promise<void>;
  tags(sessionId: string): Promise<ClassTag[]>;
}
