import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUNSELLOR_CODES } from '../../server/domain/codes.js';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function start(body: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sessions',
    payload: { caseId: 'daily-walk', lang: 'nb', preset: 'ambivalent', hints: true, seed: 7, ...body },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as {
    id: string;
    token: string;
    session: { opening: { text: string }; turns: unknown[] };
  };
}

describe('HTTP API', () => {
  it('lists the cases with titles in three languages and their presets', async () => {
    const res = await t.app.inject({ url: '/api/cases' });
    expect(res.statusCode).toBe(200);
    const [c] = res.json();
    expect(c).toMatchObject({ id: 'daily-walk', presets: ['cooperative', 'ambivalent', 'resistant'] });
    expect(Object.keys(c.title).sort()).toEqual(['da', 'en', 'nb']);
  });

  it('runs a whole session: start, turns, read, report json and csv, end, delete', async () => {
    const created = await start();
    expect(created.session.opening.text.length).toBeGreaterThan(0);
    expect(created.token.length).toBeGreaterThanOrEqual(40);

    const turn = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${created.id}/turns`,
      headers: auth(created.token),
      payload: { text: 'Hva tenker du selv om å gå mer?' },
    });
    expect(turn.statusCode).toBe(200);
    const body = turn.json();
    expect(body.turn.turn).toBe(1);
    expect(COUNSELLOR_CODES).toContain(body.turn.counsellor.coding.code);
    expect(body.turn.counsellor.coding.reason.length).toBeGreaterThan(0);
    expect(['CHANGE', 'SUSTAIN', 'NEUTRAL']).toContain(body.turn.client.coding.code);
    expect(body.report.turns).toBe(1);

    const view = await t.app.inject({ url: `/api/sessions/${created.id}`, headers: auth(created.token) });
    expect(view.json().turns).toHaveLength(1);

    const csv = await t.app.inject({
      url: `/api/sessions/${created.id}/report?format=csv`,
      headers: auth(created.token),
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('index,turn,speaker,text,code,codes,kind,confidence,reason,tip');
    expect(lines).toHaveLength(4);
    // Every behaviour of the counsellor turn, the main code among them.
    const counsellorRow = lines.find((l) => l.startsWith('2,1,counsellor,'))?.split(',') ?? [];
    expect(counsellorRow[5]?.split('|')).toContain(counsellorRow[4]);

    const json = await t.app.inject({
      url: `/api/sessions/${created.id}/report?format=json`,
      headers: auth(created.token),
    });
    expect(json.json().report.miti).toBeDefined();

    const ended = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${created.id}/end`,
      headers: auth(created.token),
    });
    expect(ended.json().ended).toBe(true);
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${created.id}/turns`,
      headers: auth(created.token),
      payload: { text: 'Hei igjen' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('session_ended');

    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${created.id}`,
      headers: auth(created.token),
    });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({ url: `/api/sessions/${created.id}`, headers: auth(created.token) });
    expect(gone.statusCode).toBe(404);
  });

  it('reads a session only with its token', async () => {
    const a = await start();
    const b = await start();
    const none = await t.app.inject({ url: `/api/sessions/${a.id}` });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
    const wrong = await t.app.inject({ url: `/api/sessions/${a.id}`, headers: auth(b.token) });
    expect(wrong.statusCode).toBe(403);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${a.id}`,
      headers: auth(b.token),
    });
    expect(del.statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/sessions/${a.id}`, headers: auth(a.token) })).statusCode).toBe(
      200,
    );
  });

  it.each([
    ['empty', { text: '' }, 400, 'message_empty'],
    ['blank', { text: '   ' }, 400, 'message_empty'],
    ['2,001 characters', { text: 'x'.repeat(2001) }, 400, 'message_too_long'],
    ['a number', { text: 5 }, 400, 'validation_failed'],
    ['no text', {}, 400, 'validation_failed'],
  ])('refuses a turn that is %s with %i %s', async (_name, payload, status, code) => {
    const s = await start();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${s.id}/turns`,
      headers: auth(s.token),
      payload,
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    const view = await t.app.inject({ url: `/api/sessions/${s.id}`, headers: auth(s.token) });
    expect(view.json().turns).toHaveLength(0);
  });

  it('refuses an unknown case, language or preset', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'nope', lang: 'nb' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_case' });
    expect(unknown.json().error.message).toContain('daily-walk');
    const lang = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'sv' },
    });
    expect(lang.json().error.code).toBe('validation_failed');
    const preset = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'en', preset: 'angry' },
    });
    expect(preset.statusCode).toBe(400);
  });

  it('answers malformed JSON with a clear 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json' },
      payload: '{"caseId": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.app.inject({ url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(['/api/cases', '/api/sessions', '/api/sessions/{id}/turns', '/api/analyses']),
    );
    expect((await t.app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('rate-limits session creation per address', async () => {
    const limit = t.config.RATE_LIMIT_STARTS_PER_MINUTE;
    const codes: number[] = [];
    for (let i = 0; i < limit + 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { caseId: 'daily-walk', lang: 'en' },
      });
      codes.push(res.statusCode);
    }
    expect(codes.filter((c) => c === 201)).toHaveLength(limit);
    expect(codes.at(-1)).toBe(429);
    const last = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'en' },
    });
    expect(last.json().error.code).toBe('rate_limited');
  });
});

describe('transcript analysis', () => {
  const transcript = [
    'Jordmor: Hva tenker du om oppfølgingen vi snakket om?',
    'Kvinnen: Jeg vet ikke helt. Jeg vil klare meg selv.',
    'Jordmor: Du vil klare deg selv, og samtidig er du usikker.',
    'Kvinnen: Ja, jeg vil jo at babyen skal ha det bra.',
  ].join('\n');

  it('codes a pasted speaker-prefixed transcript and reads it back with its token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/analyses', payload: { text: transcript } });
    expect(res.statusCode).toBe(201);
    const { id, token, session } = res.json();
    expect(session.kind).toBe('analysis');
    expect(session.lang).toBe('nb');
    expect(session.utterances).toHaveLength(4);
    expect(session.utterances[0].speaker).toBe('counsellor');
    expect(COUNSELLOR_CODES).toContain(session.utterances[0].coding.code);
    expect(session.utterances[1].speaker).toBe('client');
    expect(session.report.turns).toBe(2);
    const back = await t.app.inject({ url: `/api/sessions/${id}`, headers: auth(token) });
    expect(back.json().utterances).toHaveLength(4);
    expect((await t.app.inject({ url: `/api/sessions/${id}` })).statusCode).toBe(401);
  });

  it('codes the CSV format too', async () => {
    const csv =
      'transcript_id,turn,speaker,text\nx,1,counsellor,"What brings you here today?"\nx,2,client,"My doctor sent me."\n';
    const res = await t.app.inject({ method: 'POST', url: '/api/analyses', payload: { text: csv } });
    expect(res.statusCode).toBe(201);
    expect(res.json().session.utterances).toHaveLength(2);
  });

  it.each([
    ['', 'line 1'],
    ['Jordmor: hei\nKvinnen: hei\nTredje: hei', 'line 3'],
    ['transcript_id,turn,speaker,text\nx,1,doctor,"Hi"\n', 'line 2'],
  ])('points at the bad line of %j', async (text, where) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/analyses', payload: { text } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('bad_transcript');
    expect(res.json().error.message).toContain(where);
  });

  it('refuses more than 500 utterances, naming the line', async () => {
    const lines = Array.from({ length: 501 }, (_, i) => `${i % 2 ? 'K' : 'T'}: linje ${i}`).join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/api/analyses', payload: { text: lines } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('line 501');
  });
});

describe('branching ("what if you had said something else here?")', () => {
  it('starts a new session from an earlier turn, leaving the original as it was', async () => {
    const s = await start({ lang: 'en', seed: 21 });
    const texts = [
      'What would walking more give you?',
      'You want more energy.',
      'So you should just start tomorrow.',
    ];
    for (const text of texts) {
      await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${s.id}/turns`,
        headers: auth(s.token),
        payload: { text },
      });
    }
    const original = (await t.app.inject({ url: `/api/sessions/${s.id}`, headers: auth(s.token) })).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${s.id}/branch`,
      headers: auth(s.token),
      payload: { atTurn: 2 },
    });
    expect(res.statusCode).toBe(201);
    const branch = res.json();
    expect(branch.id).not.toBe(s.id);
    expect(branch.session.turns).toEqual(original.turns.slice(0, 2));
    expect(branch.session.state).toEqual(original.turns[1].state);
    const next = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${branch.id}/turns`,
      headers: auth(branch.token),
      payload: { text: 'What would be a first step that suits you?' },
    });
    expect(next.json().turn.turn).toBe(3);
    const after = (await t.app.inject({ url: `/api/sessions/${s.id}`, headers: auth(s.token) })).json();
    expect(after).toEqual(original);
    const tooFar = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${s.id}/branch`,
      headers: auth(s.token),
      payload: { atTurn: 9 },
    });
    expect(tooFar.statusCode).toBe(400);
    const noToken = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${s.id}/branch`,
      payload: { atTurn: 1 },
    });
    expect(noToken.statusCode).toBe(401);
  });
});
