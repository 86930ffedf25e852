/**
 * Parsed transcripts: what the CSV and plain-text parsers return. Pure data, shared by the CLI and (later) the
 * HTTP transcript-analysis API.
 */

import type { Speaker } from '../coder/types.js';
import type { Lang } from '../codes.js';

/** One utterance as read from a file, with its gold label when the file carries one. */
export interface TranscriptRow {
  speaker: Speaker;
  text: string;
  turn: number;
  /** 1-based line of the source file the row starts on. */
  line: number;
  lang?: Lang;
  /** Gold label alternatives (split on `|`), empty when not scored. */
  gold: string[];
  /** Extra columns (e.g. `mi_quality`, `split`), kept for grouping results. */
  extra: Record<string, string>;
}

export interface Transcript {
  id: string;
  rows: TranscriptRow[];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; line: number; message: string };

export const parseError = (line: number, message: string): ParseResult<never> => ({
  ok: false,
  line,
  message,
});
