/**
 * The closed vocabulary of errors every transport speaks. HTTP maps each to a status once (http/errors.ts),
 * the socket gateway sends it as an `error` event, and the web client maps it to a message in the user's
 * language. Nothing else is ever sent as an error code.
 */
export const ERROR_CODES = {
  BAD_REQUEST: 'bad_request',
  VALIDATION_FAILED: 'validation_failed',
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  CONFLICT: 'conflict',
  PAYLOAD_TOO_LARGE: 'payload_too_large',
  RATE_LIMITED: 'rate_limited',
  PROTOCOL_VERSION: 'protocol_version',
  MESSAGE_EMPTY: 'message_empty',
  MESSAGE_TOO_LONG: 'message_too_long',
  NOT_YOUR_TURN: 'not_your_turn',
  SESSION_ENDED: 'session_ended',
  TIME_UP: 'time_up',
  UNKNOWN_CASE: 'unknown_case',
  BAD_TRANSCRIPT: 'bad_transcript',
  UNAVAILABLE: 'unavailable',
  INTERNAL: 'internal',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  protocol_version: 400,
  message_empty: 400,
  message_too_long: 400,
  not_your_turn: 409,
  session_ended: 409,
  time_up: 409,
  unknown_case: 404,
  bad_transcript: 422,
  unavailable: 503,
  internal: 500,
};

import { StorageUnavailableError } from '../domain/ports/storage-errors.js';

/** An error the domain or an edge raises on purpose; anything else is an internal error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/**
 * The error a transport answers with, for the errors that have one: an AppError as it is, a storage outage as
 * `unavailable`. Anything else (undefined here) is an internal error, logged and never described to the user.
 */
export function asAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof StorageUnavailableError)
    return new AppError('unavailable', 'storage cannot be reached right now: try again in a moment');
  return undefined;
}
