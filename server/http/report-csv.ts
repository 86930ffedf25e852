import { stringify } from 'csv-stringify/sync';
import type { SessionView } from '../protocol/index.js';

const COLUMNS = ['index', 'turn', 'speaker', 'text', 'code', 'kind', 'confidence', 'reason', 'tip'];

type Row = (string | number)[];

/** One row per utterance, in order: what a researcher loads into R or a spreadsheet. */
export function reportCsv(view: SessionView): string {
  const rows: Row[] = [];
  const push = (
    turn: number,
    speaker: string,
    text: string,
    c: { code: string; confidence: number; reason: string; kind?: string },
    tip = '',
  ) =>
    rows.push([
      rows.length + 1,
      turn,
      speaker,
      text,
      c.code,
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
      push(t.turn, 'client', t.client.text, t.client.coding);
    }
  }
  return stringify(rows, { header: true, columns: COLUMNS, bom: true });
}
