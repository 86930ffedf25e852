/**
 * Every CSV the server writes goes through writeCsv, so no export hands a spreadsheet a formula: a trainee's
 * turn or name starting with `=HYPERLINK(` would otherwise run when an instructor opens the file.
 */
import { stringify } from 'csv-stringify/sync';

const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;
/** A plain number (a negative score, say) is read as a number, not run; it stays as it is for R and Excel. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A text a spreadsheet would run as a formula (=, +, -, @, tab, CR) is kept as text by a leading `'`. */
export function safeCell(text: string): string {
  return RUNS_AS_FORMULA.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export type CsvRow = readonly (string | number)[];

/** A header row, then `rows`, with a BOM so Excel reads UTF-8; every text cell through safeCell. */
export function writeCsv(rows: readonly CsvRow[], columns: readonly string[]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? safeCell(cell) : cell)));
  return stringify(safe, { header: true, columns: [...columns], bom: true });
}
