import type { AccountStore } from '../domain/ports/accounts.js';
import type { HomeworkStore } from '../domain/ports/homework.js';
import type { SessionStore } from '../domain/ports/session-store.js';

/** What the edges need of storage: health, and one repository per aggregate. */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  readonly sessions: SessionStore;
  readonly accounts: AccountStore;
  readonly homework: HomeworkStore;
  /** Settles when the store is reachable and migrated; until then its methods answer StorageUnavailableError. */
  readonly ready: Promise<void>;
  /** Resolves when the store answers a trivial query; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One schema step. Both engines get their own SQL; versions only ever grow. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}
