/**
 * A store that cannot be reached (connection refused, dropped or timed out; the database shutting down; a
 * locked or unreadable file): a passing outage the user can retry, not a bug. Storage adapters throw it;
 * each transport maps it once to `unavailable`.
 */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(override readonly cause: unknown) {
    super(`storage unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
