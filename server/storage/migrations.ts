import type { Migration } from './types.js';

/** Append only: a released migration is never edited, a change is a new version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'meta',
    sqlite: `CREATE TABLE IF NOT EXISTS app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    postgres: `CREATE TABLE IF NOT EXISTS app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  },
  {
    version: 2,
    name: 'sessions',
    sqlite: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT,
        lang TEXT NOT NULL,
        preset TEXT,
        engine TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ended INTEGER NOT NULL DEFAULT 0,
        turn_count INTEGER NOT NULL DEFAULT 0,
        snapshot TEXT NOT NULL
      );
      CREATE INDEX sessions_created_at ON sessions (created_at);
      CREATE TABLE session_turns (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (session_id, turn)
      );`,
    postgres: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT,
        lang TEXT NOT NULL,
        preset TEXT,
        engine TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        ended BOOLEAN NOT NULL DEFAULT FALSE,
        turn_count INTEGER NOT NULL DEFAULT 0,
        snapshot JSONB NOT NULL
      );
      CREATE INDEX sessions_created_at ON sessions (created_at);
      CREATE TABLE session_turns (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        data JSONB NOT NULL,
        PRIMARY KEY (session_id, turn)
      );`,
  },
  {
    version: 3,
    name: 'accounts',
    sqlite: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
      );
      CREATE TABLE login_sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX login_sessions_expires_at ON login_sessions (expires_at);`,
    postgres: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TIMESTAMPTZ
      );
      CREATE TABLE login_sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX login_sessions_expires_at ON login_sessions (expires_at);`,
  },
  {
    version: 4,
    name: 'homework',
    sqlite: `
      CREATE TABLE assignments (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL REFERENCES users (id),
        code TEXT NOT NULL UNIQUE,
        settings TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX assignments_owner ON assignments (owner_id);
      CREATE TABLE assignment_starts (
        session_id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        started_at TEXT NOT NULL
      );
      CREATE INDEX assignment_starts_started_at ON assignment_starts (started_at);
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        session_id TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        receipt_hash TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        late INTEGER NOT NULL,
        assignment TEXT NOT NULL,
        summary TEXT NOT NULL,
        transcript TEXT NOT NULL
      );
      CREATE INDEX submissions_assignment ON submissions (assignment_id);
      CREATE TABLE submission_comments (
        id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        turn INTEGER,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX submission_comments_submission ON submission_comments (submission_id);`,
    postgres: `
      CREATE TABLE assignments (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL REFERENCES users (id),
        code TEXT NOT NULL UNIQUE,
        settings JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX assignments_owner ON assignments (owner_id);
      CREATE TABLE assignment_starts (
        session_id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        started_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX assignment_starts_started_at ON assignment_starts (started_at);
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        session_id TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        receipt_hash TEXT NOT NULL,
        submitted_at TIMESTAMPTZ NOT NULL,
        late BOOLEAN NOT NULL,
        assignment JSONB NOT NULL,
        summary JSONB NOT NULL,
        transcript JSONB NOT NULL
      );
      CREATE INDEX submissions_assignment ON submissions (assignment_id);
      CREATE TABLE submission_comments (
        id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        turn INTEGER,
        text TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX submission_comments_submission ON submission_comments (submission_id);`,
  },
  {
    version: 5,
    name: 'class tags',
    sqlite: `
      CREATE TABLE class_tags (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        participant TEXT NOT NULL,
        turn INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (session_id, participant, turn, speaker)
      );`,
    postgres: `
      CREATE TABLE class_tags (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        participant TEXT NOT NULL,
        turn INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (session_id, participant, turn, speaker)
      );`,
  },
  {
    version: 6,
    name: 'login attempts per email and address',
    sqlite: `
      CREATE TABLE login_attempts (
        email TEXT NOT NULL,
        address TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        locked_until TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (email, address)
      );
      CREATE INDEX login_attempts_updated_at ON login_attempts (updated_at);`,
    postgres: `
      CREATE TABLE login_attempts (
        email TEXT NOT NULL,
        address TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        locked_until TIMESTAMPTZ,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (email, address)
      );
      CREATE INDEX login_attempts_updated_at ON login_attempts (updated_at);`,
  },
];
