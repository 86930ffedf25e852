/**
 * The coded-transcript CSV format (shared/eval/README.md): one row per utterance, grouped by transcript_id and
 * ordered by turn. Unknown speakers, languages and codes are errors that name the line, because a silently
 * dropped row would skew every metric computed from the file.
 */
import { parse } from 'csv-parse/sync';
import type { Speaker } from '../coder/types.js';
import { CLIENT_CODES, COARSE_CODES, COUNSELLOR_CODES, LANGS, type Lang } from '../codes.js';
import { type ParseResult, parseError, type Transcript, type TranscriptRow } from './types.js';

const REQUIRED_COLUMNS = ['transcript_id', 'turn', 'speaker', 'text'] as const;
const KNOWN_COLUMNS = new Set([...REQUIRED_COLUMNS, 'lang', 'code']);
const COUNSELLOR_LABELS = new Set<string>([...COUNSELLOR_CODES, ...COARSE_CODES]);
const CLIENT_LABELS = new Set<string>(CLIENT_CODES);
/** The header is line 1, so the first record is line 2. */
const FIRST_DATA_LINE = 2;

type Record_ = Record<string, string>;

function parseRecords(text: string): ParseResult<{ records: Record_[]; lines: number[] }> {
  try {
    const raw = parse(text, {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      trim: false,
    }) as {
      record: Record_;
      info: { lines: number };
    }[];
    return { ok: true, value: { records: raw.map((r) => r.record), lines: raw.map((r) => r.info.lines) } };
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    return parseError(e.lines ?? 0, `malformed CSV: ${e.message ?? String(err)}`);
  }
}

function parseGold(speaker: Speaker, code: string, line: number): ParseResult<string[]> {
  const trimmed = code.trim();
  if (trimmed === '') return { ok: true, value: [] };
  const labels = trimmed.split('|').map((s) => s.trim().toUpperCase());
  const allowed = speaker === 'counsellor' ? COUNSELLOR_LABELS : CLIENT_LABELS;
  const unknown = labels.find((l) => !allowed.has(l));
  if (unknown !== undefined) return parseError(line, `unknown ${speaker} code "${unknown}"`);
  return { ok: true, value: labels };
}

function parseRow(r: Record_, line: number): ParseResult<TranscriptRow> {
  const speaker = (r.speaker ?? '').trim().toLowerCase();
  if (speaker !== 'counsellor' && speaker !== 'client') {
    return parseError(line, `unknown speaker "${r.speaker}" (expected counsellor or client)`);
  }
  const turn = Number((r.turn ?? '').trim());
  if (!Number.isInteger(turn)) return parseError(line, `turn "${r.turn}" is not an integer`);
  const langRaw = (r.lang ?? '').trim().toLowerCase();
  if (langRaw !== '' && !(LANGS as readonly string[]).includes(langRaw)) {
    return parseError(line, `unknown lang "${r.lang}" (expected nb, da or en)`);
  }
  const gold = parseGold(speaker, r.code ?? '', line);
  if (!gold.ok) return gold;
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) if (!KNOWN_COLUMNS.has(k)) extra[k] = v;
  const row: TranscriptRow = { speaker, text: r.text ?? '', turn, line, gold: gold.value, extra };
  if (langRaw !== '') row.lang = langRaw as Lang;
  return { ok: true, value: row };
}

function groupTranscripts(rows: { id: string; row: TranscriptRow }[]): Transcript[] {
  const byId = new Map<string, TranscriptRow[]>();
  for (const { id, row } of rows) {
    const list = byId.get(id) ?? [];
    list.push(row);
    byId.set(id, list);
  }
  return [...byId].map(([id, list]) => ({ id, rows: list.sort((a, b) => a.turn - b.turn) }));
}

/** Parses the evaluation CSV into transcripts in file order (rows sorted by turn inside each). */
export function parseCodedCsv(text: string): ParseResult<Transcript[]> {
  const parsed = parseRecords(text);
  if (!parsed.ok) return parsed;
  const { records, lines } = parsed.value;
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    return parseError(1, `missing column(s): ${missing.join(', ')}`);
  }
  const rows: { id: string; row: TranscriptRow }[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as Record_;
    // info.lines is the line the record ends on; multi-line quoted text starts earlier, which is fine for errors.
    const line = lines[i] ?? i + FIRST_DATA_LINE;
    const row = parseRow(record, line);
    if (!row.ok) return row;
    rows.push({ id: record.transcript_id ?? '', row: row.value });
  }
  return { ok: true, value: groupTranscripts(rows) };
}

/** True when the text looks like the CSV format (its first line is a header naming the required columns). */
export function looksLikeCodedCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return REQUIRED_COLUMNS.every((c) => first.includes(c));
}
