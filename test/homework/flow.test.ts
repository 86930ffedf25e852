/** The whole homework flow over HTTP: setup, accounts, an assignment, two trainees (one late), review, export. */
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storagesUnderTest } from '../helpers/storages.js';
import { testApp } from '../helpers/test-app.js';
import {
  ASSIGNMENT,
  Browser,
  bearer,
  createInstructor,
  inDays,
  instructorWithAssignment,
  PASSWORD,
  traineeSubmits,
} from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
/** An app on a temp SQLite, for the tests that run on one storage. */
const onSqlite = () => {
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => t.close());
};

describe('homework flow', () => {
  onSqlite();
  it('sets up the first admin once, who adds an instructor', async () => {
    expect((await t.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: true });
    const admin = new Browser(t.app);
    const setup = await admin.req({
      method: 'POST',
      url: '/api/setup',
      payload: { email: 'Ada@Example.org', name: 'Ada Admin', password: PASSWORD },
    });
    expect(setup.statusCode, setup.body).toBe(201);
    expect(setup.json().user).toMatchObject({ email: 'ada@example.org', role: 'admin' });
    const cookie = setup.cookies.find((c) => c.name === 'changetalk_login');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(setup.body).not.toContain('scrypt');

    expect((await t.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { email: 'eve@example.org', name: 'Eve', password: PASSWORD },
    });
    expect(again.statusCode).toBe(409);

    await admin.fetchCsrf();
    const added = await admin.req({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'ina@example.org', name: 'Ina Instructor', password: PASSWORD },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ role: 'instructor' });
    const dup = await admin.req({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'INA@example.org', name: 'Ina 2', password: PASSWORD },
    });
    expect(dup.statusCode).toBe(409);
    const list = await admin.req({ url: '/api/users' });
    expect(list.json().map((u: { email: string }) => u.email)).toEqual([
      'ada@example.org',
      'ina@example.org',
    ]);
    expect(list.body).not.toContain('password');

    const ina = await new Browser(t.app).login('ina@example.org');
    expect((await ina.req({ url: '/api/auth/me' })).json()).toMatchObject({ name: 'Ina Instructor' });
    const out = await ina.req({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    expect((await ina.req({ url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('marks the login cookie Secure when PUBLIC_URL is https', async () => {
    const secure = await testApp({ PUBLIC_URL: 'https://mi.example.org' });
    try {
      await createInstructor(secure.app, 'ina@example.org', 'Ina');
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'ina@example.org', password: PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'changetalk_login')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });
});

describe.each(storagesUnderTest())('homework flow on $name', ({ open }) => {
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const opened = await open();
    cleanup = opened.cleanup;
    t = await testApp({}, { storage: opened.storage });
  });
  afterEach(async () => {
    await t.close();
    await cleanup();
  });

  it('runs create → two submissions (one late) → review → comment → trainee sees it → export', async () => {
    const { ina, assignment } = await instructorWithAssignment(t.app);
    expect(assignment.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(assignment.sharePath).toBe(`/a/${assignment.code}`);
    expect(assignment).toMatchObject({ minTurns: 2, timeLimitMinutes: null, submissions: 0 });

    // A trainee opens the code as typed (lower case): the public view has no owner.
    const pub = await t.app.inject({ url: `/api/assignments/by-code/${assignment.code.toLowerCase()}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ title: ASSIGNMENT.title, caseId: 'daily-walk', minTurns: 2 });
    expect(pub.json().ownerId).toBeUndefined();
    expect(pub.json().id).toBeUndefined();

    // Too few turns: refused with a clear message; the session can still go on.
    const early = await traineeSubmitsTooEarly(assignment.code);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toMatch(/at least 2 turns/);

    const kari = await traineeSubmits(t.app, assignment.code, 'Kari');
    expect(kari.late).toBe(false);
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { sessionId: kari.sessionId, token: kari.sessionToken },
    });
    expect(twice.statusCode).toBe(409);

    // The instructor edits after a submission: the due date passes and the title changes.
    const edited = await ina.req({
      method: 'PATCH',
      url: `/api/assignments/${assignment.id}`,
      payload: { dueAt: inDays(-1), title: 'Daily walk (extended)' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      title: 'Daily walk (extended)',
      submissions: 1,
      code: assignment.code,
    });

    const jonas = await traineeSubmits(t.app, assignment.code, '=Jonas');
    expect(jonas.late).toBe(true);

    // Review.
    const list = await ina.req({ url: `/api/assignments/${assignment.id}/submissions` });
    expect(list.statusCode).toBe(200);
    const rows = list.json() as {
      id: string;
      displayName: string;
      late: boolean;
      summary: Record<string, unknown>;
    }[];
    expect(rows.map((r) => [r.displayName, r.late])).toEqual([
      ['Kari', false],
      ['=Jonas', true],
    ]);
    for (const r of rows) {
      expect(r.summary).toMatchObject({ turns: 2 });
      for (const k of [
        'rq',
        'pctComplexReflections',
        'pctOpenQuestions',
        'miAdherent',
        'miNonAdherent',
        'pctChangeTalk',
        'durationSeconds',
      ]) {
        expect(r.summary).toHaveProperty(k);
      }
      expect(Object.keys(r.summary.targetsMet as object).sort()).toEqual(['pctOpenQuestions', 'rq']);
    }

    const full = await ina.req({ url: `/api/submissions/${kari.id}` });
    expect(full.statusCode).toBe(200);
    expect(full.json().transcript.turns).toHaveLength(2);
    expect(full.json().transcript.turns[0].counsellor.coding.code).toBeDefined();
    // What was submitted keeps the settings it was done under.
    expect(full.json().assignment.title).toBe(ASSIGNMENT.title);
    expect((await ina.req({ url: `/api/submissions/${jonas.id}` })).json().assignment.title).toBe(
      'Daily walk (extended)',
    );

    const onTurn = await ina.req({
      method: 'POST',
      url: `/api/submissions/${kari.id}/comments`,
      payload: { turn: 1, text: 'Good open question.' },
    });
    expect(onTurn.statusCode, onTurn.body).toBe(201);
    const overall = await ina.req({
      method: 'POST',
      url: `/api/submissions/${kari.id}/comments`,
      payload: { text: 'Well done overall; try more complex reflections.' },
    });
    expect(overall.json().comments).toHaveLength(2);
    const badTurn = await ina.req({
      method: 'POST',
      url: `/api/submissions/${kari.id}/comments`,
      payload: { turn: 9, text: 'x' },
    });
    expect(badTurn.statusCode).toBe(400);

    // The trainee sees the comments with the receipt.
    const mine = await t.app.inject({
      url: `/api/submissions/${kari.id}`,
      headers: bearer(kari.receiptToken),
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().comments).toMatchObject([
      { turn: 1, text: 'Good open question.', authorName: 'Ina Instructor' },
      { turn: null, text: 'Well done overall; try more complex reflections.' },
    ]);
    expect(mine.json().comments[0].authorId).toBeUndefined();
    expect(mine.body).not.toContain(kari.sessionToken);

    // CSV: one row per submission, every figure, formulas neutralised.
    const csv = await ina.req({ url: `/api/assignments/${assignment.id}/export.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`changetalk-${assignment.code}.csv`);
    const records = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0] ?? {}).slice(0, 12)).toEqual([
      'submission_id',
      'display_name',
      'submitted_at',
      'late',
      'turns',
      'duration_seconds',
      'rq',
      'pct_complex_reflections',
      'pct_open_questions',
      'mi_adherent',
      'mi_non_adherent',
      'pct_change_talk',
    ]);
    expect(Object.keys(records[0] ?? {})).toContain('count_question_open');
    const [r1, r2] = records;
    expect(r1).toMatchObject({ submission_id: kari.id, display_name: 'Kari', late: 'false', turns: '2' });
    expect(r2).toMatchObject({ submission_id: jonas.id, display_name: "'=Jonas", late: 'true', turns: '2' });
    const kariRow = rows[0];
    expect(Number(r1?.mi_adherent)).toBe(kariRow?.summary.miAdherent);
    expect(Number(r1?.count_question_open)).toBeGreaterThanOrEqual(1);

    const json = await ina.req({ url: `/api/assignments/${assignment.id}/export.json` });
    expect(json.statusCode).toBe(200);
    const exported = json.json();
    expect(exported.submissions).toHaveLength(2);
    expect(exported.submissions[0].transcript.turns).toHaveLength(2);
    expect(exported.submissions[0].comments).toHaveLength(2);
    expect(json.body).not.toContain('receipt');

    // Delete one submission: gone for the instructor and for its trainee.
    const del = await ina.req({ method: 'DELETE', url: `/api/submissions/${jonas.id}` });
    expect(del.statusCode).toBe(204);
    expect((await ina.req({ url: `/api/assignments/${assignment.id}/submissions` })).json()).toHaveLength(1);
    expect(
      (await t.app.inject({ url: `/api/submissions/${jonas.id}`, headers: bearer(jonas.receiptToken) }))
        .statusCode,
    ).toBe(404);

    // The submitted work survives the practice session's deletion (retention).
    await t.app.storage.sessions.delete(kari.sessionId);
    expect(
      (await t.app.inject({ url: `/api/submissions/${kari.id}`, headers: bearer(kari.receiptToken) })).json()
        .transcript.turns,
    ).toHaveLength(2);
  });
});

describe('assignment validation', () => {
  onSqlite();
  it('validates assignments: exactly one of minTurns and timeLimitMinutes, a known case', async () => {
    await createInstructor(t.app, 'ina@example.org', 'Ina');
    const ina = await new Browser(t.app).login('ina@example.org');
    const both = await ina.req({
      method: 'POST',
      url: '/api/assignments',
      payload: { ...ASSIGNMENT, timeLimitMinutes: 5, dueAt: inDays(1) },
    });
    expect(both.statusCode).toBe(400);
    const { minTurns: _m, ...noLength } = ASSIGNMENT;
    const neither = await ina.req({
      method: 'POST',
      url: '/api/assignments',
      payload: { ...noLength, dueAt: inDays(1) },
    });
    expect(neither.statusCode).toBe(400);
    const timed = await ina.req({
      method: 'POST',
      url: '/api/assignments',
      payload: { ...noLength, timeLimitMinutes: 5, dueAt: inDays(1) },
    });
    expect(timed.statusCode).toBe(201);
    const unknown = await ina.req({
      method: 'POST',
      url: '/api/assignments',
      payload: { ...ASSIGNMENT, caseId: 'nope', dueAt: inDays(1) },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unknown_case');
    const toBoth = await ina.req({
      method: 'PATCH',
      url: `/api/assignments/${timed.json().id}`,
      payload: { minTurns: 3 },
    });
    expect(toBoth.statusCode).toBe(400);
    const switched = await ina.req({
      method: 'PATCH',
      url: `/api/assignments/${timed.json().id}`,
      payload: { minTurns: 3, timeLimitMinutes: null },
    });
    expect(switched.json()).toMatchObject({ minTurns: 3, timeLimitMinutes: null });
    expect((await ina.req({ url: '/api/assignments' })).json()).toHaveLength(1);
  });
});

async function traineeSubmitsTooEarly(code: string) {
  const started = await t.app.inject({
    method: 'POST',
    url: `/api/assignments/by-code/${code}/sessions`,
    payload: { displayName: 'Early' },
  });
  const { id, token } = started.json();
  await t.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/turns`,
    headers: bearer(token),
    payload: { text: 'How are you?' },
  });
  return t.app.inject({ method: 'POST', url: '/api/submissions', payload: { sessionId: id, token } });
}
