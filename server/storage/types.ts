/** What the edges need of storage. Session and assignment repositories are added by the issues that need them. */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
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
