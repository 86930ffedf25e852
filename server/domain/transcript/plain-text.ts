/**
 * Plain-text transcripts: one utterance per line, prefixed by a speaker name and a colon ("T: …", "Klient: …",
 * "Jordmor: …"). Any two names work; the first one to speak is the counsellor unless the caller names the
 * counsellor. A line without a prefix continues the previous utterance (pasted text often wraps).
 */

import type { Speaker } from '../coder/types.js';
import type { Lang } from '../codes.js';
import { type ParseResult, parseError, type Transcript, type TranscriptRow } from './types.js';

/** A speaker name is short: a word or two before the colon, not a sentence that happens to contain one. */
const PREFIX = /^\s*([\p{L}][\p{L}\p{N} .'-]{0,24}?)\s*:\s*(.*)$/u;
const MAX_SPEAKERS = 2;

export interface PlainTextOptions {
  /** The counsellor's name as written in the prefixes (case-insensitive); default: whoever speaks first. */
  counsellor?: string;
  lang?: Lang;
  id?: string;
}

interface State {
  names: string[];
  rows: TranscriptRow[];
}

function speakerOf(name: string, state: State, opts: PlainTextOptions, line: number): ParseResult<Speaker> {
  const key = name.toLowerCase();
  if (!state.names.includes(key)) {
    if (state.names.length >= MAX_SPEAKERS) {
      return parseError(
        line,
        `unknown speaker "${name}": a transcript has two speakers (${state.names.join(', ')})`,
      );
    }
    state.names.push(key);
  }
  const counsellor = opts.counsellor?.toLowerCase() ?? state.names[0];
  if (
    opts.counsellor !== undefined &&
    state.names.length === MAX_SPEAKERS &&
    !state.names.includes(counsellor ?? '')
  ) {
    return parseError(
      line,
      `counsellor "${opts.counsellor}" is not one of the speakers (${state.names.join(', ')})`,
    );
  }
  return { ok: true, value: key === counsellor ? 'counsellor' : 'client' };
}

function addLine(raw: string, line: number, state: State, opts: PlainTextOptions): ParseResult<null> {
  const m = PREFIX.exec(raw);
  const last = state.rows[state.rows.length - 1];
  if (!m) {
    if (!last) return parseError(line, 'expected "Speaker: text" (no speaker before this line)');
    last.text = `${last.text} ${raw.trim()}`;
    return { ok: true, value: null };
  }
  const speaker = speakerOf(m[1] ?? '', state, opts, line);
  if (!speaker.ok) return speaker;
  const row: TranscriptRow = {
    speaker: speaker.value,
    text: (m[2] ?? '').trim(),
    turn: state.rows.length + 1,
    line,
    gold: [],
    extra: {},
  };
  if (opts.lang) row.lang = opts.lang;
  state.rows.push(row);
  return { ok: true, value: null };
}

/** Parses speaker-prefixed lines into one transcript. */
export function parsePlainTranscript(text: string, opts: PlainTextOptions = {}): ParseResult<Transcript> {
  const state: State = { names: [], rows: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const added = addLine(raw, i + 1, state, opts);
    if (!added.ok) return added;
  }
  if (state.rows.length === 0) return parseError(1, 'no utterances found (expected "Speaker: text" lines)');
  const counsellor = opts.counsellor?.toLowerCase();
  if (counsellor !== undefined && !state.names.includes(counsellor)) {
    return parseError(
      1,
      `counsellor "${opts.counsellor}" is not one of the speakers (${state.names.join(', ')})`,
    );
  }
  return { ok: true, value: { id: opts.id ?? 'transcript', rows: state.rows } };
}
