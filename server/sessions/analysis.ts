/** Transcript analysis: parse, code every utterance in order, report like a practice session. */

import { type Coder, codeTranscript, detectLang } from '../domain/coder/index.js';
import type { CodedUtterance } from '../domain/coder/types.js';
import type { Lang } from '../domain/codes.js';
import { transcriptReport } from '../domain/practice/index.js';
import { parseAnyTranscript } from '../domain/transcript/index.js';
import { type AnalysisInput, AppError, LIMITS, type Report, toWireReport } from '../protocol/index.js';

export interface AnalysisSnapshot {
  lang: Lang;
  format: 'csv' | 'text';
}

export interface Analysis {
  snapshot: AnalysisSnapshot;
  utterances: CodedUtterance[];
}

export function analyse(input: AnalysisInput, coder: Coder): Analysis {
  if (input.text.length > LIMITS.TRANSCRIPT_MAX_CHARS) {
    throw new AppError(
      'payload_too_large',
      `a transcript may have at most ${LIMITS.TRANSCRIPT_MAX_CHARS} characters`,
    );
  }
  const parsed = parseAnyTranscript(input.text, {
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.counsellor ? { counsellor: input.counsellor } : {}),
  });
  if (!parsed.ok)
    throw new AppError('bad_transcript', `line ${parsed.line}: ${parsed.message}`, { line: parsed.line });
  const rows = parsed.value.flatMap((t) => t.rows);
  if (rows.length > LIMITS.TRANSCRIPT_MAX_UTTERANCES) {
    throw new AppError(
      'bad_transcript',
      `line ${rows[LIMITS.TRANSCRIPT_MAX_UTTERANCES]?.line}: a transcript may have at most ${LIMITS.TRANSCRIPT_MAX_UTTERANCES} utterances`,
      { line: rows[LIMITS.TRANSCRIPT_MAX_UTTERANCES]?.line },
    );
  }
  const lang = input.lang ?? rows.find((r) => r.lang)?.lang ?? detectLang(rows.map((r) => r.text).join(' '));
  const utterances = codeTranscript(
    coder,
    rows.map((r) => ({ speaker: r.speaker, text: r.text })),
    { lang },
  );
  const format =
    parsed.value.length > 1 || rows.some((r) => Object.keys(r.extra).length > 0) ? 'csv' : 'text';
  return { snapshot: { lang, format }, utterances };
}

export function analysisReport(snapshot: AnalysisSnapshot, utterances: CodedUtterance[]): Report {
  return toWireReport(transcriptReport(utterances, snapshot.lang));
}
