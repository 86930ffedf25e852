/**
 * The zip export of an assignment: per submission its JSON (coded transcript, report, summary, comments) and
 * a plain-text transcript a reader can open anywhere, plus the summary CSV. Built in memory: an assignment's
 * submissions are bounded by a class's size, and the files compress well.
 */
import { strToU8, zipSync } from 'fflate';
import type { SessionView } from '../protocol/index.js';
import type { SubmissionView } from './service.js';

/** Characters a file name inside the zip keeps from a display name; the rest become "-". */
const SAFE_NAME = /[^\p{L}\p{N}_-]+/gu;
const MAX_NAME_CHARS = 40;

/** `01-ada-trainee`: ordered like the CSV, readable, unique by the index even when names repeat. */
export function submissionFileBase(index: number, displayName: string): string {
  const name = displayName
    .replace(SAFE_NAME, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_CHARS);
  return `${String(index + 1).padStart(2, '0')}-${name.toLowerCase() || 'trainee'}`;
}

/** The transcript as lines of `Speaker [CODE]: text`, the turn's comments under it. */
export function transcriptText(s: SubmissionView): string {
  const view: SessionView = s.transcript;
  const lines = [
    `${s.assignment.title}`,
    `${s.displayName} · ${s.submittedAt}${s.late ? ' · late' : ''}`,
    '',
  ];
  if (view.opening) lines.push(`Client [${view.opening.coding.code}]: ${view.opening.text}`, '');
  for (const t of view.turns) {
    lines.push(`${t.turn}. Counsellor [${t.counsellor.coding.code}]: ${t.counsellor.text}`);
    lines.push(`${t.turn}. Client [${t.client.coding.code}]: ${t.client.text}`);
    for (const c of s.comments.filter((c) => c.turn === t.turn))
      lines.push(`   > ${c.authorName}: ${c.text}`);
    lines.push('');
  }
  const overall = s.comments.filter((c) => c.turn === null);
  for (const c of overall) lines.push(`${c.authorName}: ${c.text}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

export function exportZip(code: string, submissions: readonly SubmissionView[], csv: string): Uint8Array {
  const files: Record<string, Uint8Array> = { [`changetalk-${code}.csv`]: strToU8(csv) };
  submissions.forEach((s, i) => {
    const base = submissionFileBase(i, s.displayName);
    files[`${base}.json`] = strToU8(JSON.stringify(s, null, 2));
    files[`${base}.txt`] = strToU8(transcriptText(s));
  });
  return zipSync(files, { level: 6 });
}
