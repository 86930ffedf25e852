import { writeCsv } from '../domain/transcript/write-csv.js';
import type { SessionView } from '../protocol/index.js';

/** `codes`: every behaviour of a counsellor turn joined by `|` (MITI counts each); empty on client rows. */
const COLUMNS = ['index', 'turn', 'speaker', 'text', 'code', 'codes', 'kind', 'confidence', 'reason', 'tip'];

type Row = (string | number)[];
type Tally = NonNullable<SessionView['classTags']>['client'][number];

/** `CHANGE:2;SUSTAIN:1` and the agreement with the coder, for a demonstration's utterance. */
function classCells(tally: Tally | undefined): [string, string] {
  if (!tally || tally.total === 0) return ['', ''];
  const counts = Object.entries(tally.counts)
    .filter(([, n]) => n > 0)
    .map(([tag, n]) => `${tag}:${n}`)
    .join(';');
  return [counts, tally.agreement === null ? '' : tally.agreement.toFixed(2)];
}

/**
 * One row per utterance, in order: what a researcher loads into R or a spreadsheet. A class demonstration's
 * report adds the class's tags (OARS on counsellor rows, talk on client rows) and their agreement with the code.
 */
export function reportCsv(view: SessionView): string {
  const rows: Row[] = [];
  const tags = view.classTags;
  const push = (
    turn: number,
    speaker: string,
    text: string,
    c: { code: string; codes?: readonly string[]; confidence: number; reason: string; kind?: string },
    tip = '',
  ) =>
    rows.push([
      rows.length + 1,
      turn,
      speaker,
      text,
      c.code,
      c.codes?.join('|') ?? '',
      c.kind ?? '',
      c.confidence.toFixed(2),
      c.reason,
      tip,
    ]);
  if (view.utterances) {
    let turn = 0;
    for (const u of view.utterances) {
      if (u.speaker === 'counsellor') turn += 1;
      push(turn, u.speaker, u.text, u.coding);
    }
  } else {
    if (view.opening) push(0, 'client', view.opening.text, view.opening.coding);
    for (const t of view.turns) {
      push(t.turn, 'counsellor', t.counsellor.text, t.counsellor.coding, t.counsellor.tip);
      if (tags) rows.at(-1)?.push(...classCells(tags.counsellor.find((x) => x.turn === t.turn)));
      push(t.turn, 'client', t.client.text, t.client.coding);
      if (tags) rows.at(-1)?.push(...classCells(tags.client.find((x) => x.turn === t.turn)));
    }
  }
  if (tags && view.opening) rows[0]?.push('', '');
  const columns = tags && !view.utterances ? [...COLUMNS, 'class_tags', 'class_agreement'] : COLUMNS;
  return writeCsv(rows, columns);
}
