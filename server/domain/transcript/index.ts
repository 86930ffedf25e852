/** Transcript parsers: the eval CSV and speaker-prefixed plain text, chosen by content. */
import { looksLikeCodedCsv, parseCodedCsv } from './csv.js';
import { type PlainTextOptions, parsePlainTranscript } from './plain-text.js';
import type { ParseResult, Transcript } from './types.js';

export { looksLikeCodedCsv, parseCodedCsv } from './csv.js';
export { type PlainTextOptions, parsePlainTranscript } from './plain-text.js';
export type { ParseResult, Transcript, TranscriptRow } from './types.js';

/** Parses either format: a CSV when the first line is the eval header, plain text otherwise. */
export function parseAnyTranscript(text: string, opts: PlainTextOptions = {}): ParseResult<Transcript[]> {
  if (looksLikeCodedCsv(text)) {
    const parsed = parseCodedCsv(text);
    if (!parsed.ok || !opts.lang) return parsed;
    for (const t of parsed.value) for (const r of t.rows) r.lang ??= opts.lang;
    return parsed;
  }
  const plain = parsePlainTranscript(text, opts);
  return plain.ok ? { ok: true, value: [plain.value] } : plain;
}
