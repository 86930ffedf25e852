/** Editing every setting of an assignment after work was submitted: the submission keeps what it was done under. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';
import { ASSIGNMENT, inDays, instructorWithAssignment, TURNS, traineeSubmits } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const EDITED = {
  title: 'Daily walk, revised',
  instructions: 'Now with more complex reflections.',
  caseId: 'daily-walk',
  lang: 'nb',
  preset: 'resistant',
  hints: true,
  minTurns: null,
  timeLimitMinutes: 15,
  dueAt: inDays(3),
  targets: { pctComplexReflections: 40, pctChangeTalk: 60 },
};

describe('editing an assignment', () => {
  it('changes every field; earlier submissions keep their settings, transcript and figures', async () => {
    const { ina, assignment: a } = await instructorWithAssignment(t.app, { name: 'Ina' });
    const kari = await traineeSubmits(t.app, a.code, 'Kari');
    const before = (await ina.req({ url: `/api/submissions/${kari.id}` })).json();

    const edited = await ina.req({ method: 'PATCH', url: `/api/assignments/${a.id}`, payload: EDITED });
    expect(edited.statusCode, edited.body).toBe(200);
    const { dueAt, ...rest } = EDITED;
    expect(edited.json()).toMatchObject({ ...rest, code: a.code, submissions: 1 });
    expect(new Date(edited.json().dueAt).getTime()).toBe(new Date(dueAt).getTime());

    const after = (await ina.req({ url: `/api/submissions/${kari.id}` })).json();
    expect(after.assignment).toEqual(before.assignment);
    expect(after.assignment).toMatchObject({ title: ASSIGNMENT.title, minTurns: 2, timeLimitMinutes: null });
    expect(after.transcript).toEqual(before.transcript);
    expect(after.summary).toEqual(before.summary);
    expect(after.transcript.turns.map((u: { counsellor: { text: string } }) => u.counsellor.text)).toEqual(
      TURNS,
    );

    // New work is done under the new settings.
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/assignments/by-code/${a.code}/sessions`,
      payload: { displayName: 'Per' },
    });
    expect(started.json().session).toMatchObject({ lang: 'nb', preset: 'resistant', hints: true });
  });
});
