/** The zip export of an assignment: per submission its JSON and a plain-text transcript, and the summary CSV. */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionFileBase } from '../../server/homework/export-zip.js';
import { testApp } from '../helpers/test-app.js';
import {
  ASSIGNMENT,
  Browser,
  createInstructor,
  instructorWithAssignment,
  TURNS,
  traineeSubmits,
} from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const COMMENT = 'Good reflection of the wish to be fitter.';

describe('zip export', () => {
  it('holds one JSON and one transcript per submission and the summary CSV; the owner and admins get it', async () => {
    await createInstructor(t.app, 'adm@example.org', 'Adm', 'admin');
    const { ina, assignment: a } = await instructorWithAssignment(t.app, { name: 'Ina' });
    const kari = await traineeSubmits(t.app, a.code, 'Kari');
    await traineeSubmits(t.app, a.code, '../../etc/passwd');
    const commented = await ina.req({
      method: 'POST',
      url: `/api/submissions/${kari.id}/comments`,
      payload: { turn: 2, text: COMMENT },
    });
    expect(commented.statusCode, commented.body).toBe(201);

    const res = await ina.req({ url: `/api/assignments/${a.id}/export.zip` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="changetalk-${a.code}.zip"`);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(
      [
        `changetalk-${a.code}.csv`,
        '01-kari.json',
        '01-kari.txt',
        '02-etc-passwd.json',
        '02-etc-passwd.txt',
      ].sort(),
    );
    const csv = strFromU8(files[`changetalk-${a.code}.csv`] as Uint8Array)
      .trim()
      .split(/\r?\n/);
    expect(csv).toHaveLength(3);
    const json = JSON.parse(strFromU8(files['01-kari.json'] as Uint8Array));
    expect(json).toMatchObject({ id: kari.id, displayName: 'Kari', assignment: { title: ASSIGNMENT.title } });
    expect(json.transcript.turns.map((u: { counsellor: { text: string } }) => u.counsellor.text)).toEqual(
      TURNS,
    );
    expect(json.transcript.report).toBeTruthy();
    expect(json.summary).toBeTruthy();
    const txt = strFromU8(files['01-kari.txt'] as Uint8Array);
    expect(txt).toContain(`2. Counsellor [${json.transcript.turns[1].counsellor.coding.code}]: ${TURNS[1]}`);
    expect(txt).toContain(`> Ina: ${COMMENT}`);
    expect(txt.indexOf(COMMENT)).toBeGreaterThan(txt.indexOf(TURNS[1] as string));

    const admin = await new Browser(t.app).login('adm@example.org');
    expect((await admin.req({ url: `/api/assignments/${a.id}/export.zip` })).statusCode).toBe(200);
  });

  it('names files safely and in order', () => {
    expect(submissionFileBase(0, 'Åse Øyen')).toBe('01-åse-øyen');
    expect(submissionFileBase(11, '..\\..//x')).toBe('12-x');
    expect(submissionFileBase(2, '///')).toBe('03-trainee');
  });
});
