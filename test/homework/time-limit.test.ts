/** A timed assignment: turns after the limit (plus grace) are refused with time_up on both transports; submitting still works. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIME_LIMIT_GRACE_MS } from '../../server/sessions/time-limit.js';
import { connectSocket, nextEvent } from '../helpers/socket-client.js';
import { listen, testApp } from '../helpers/test-app.js';
import { ASSIGNMENT, bearer, inDays, instructorWithAssignment } from './helpers.js';

const LIMIT_MINUTES = 10;
let clock = new Date();
let t: Awaited<ReturnType<typeof testApp>>;

beforeEach(async () => {
  clock = new Date();
  t = await testApp({}, { now: () => clock });
});
afterEach(async () => t.close());

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

async function timedSession() {
  const { minTurns: _m, ...rest } = ASSIGNMENT;
  const { assignment } = await instructorWithAssignment(t.app, {
    name: 'Ina',
    payload: { ...rest, timeLimitMinutes: LIMIT_MINUTES, dueAt: inDays(7) },
  });
  const started = await t.app.inject({
    method: 'POST',
    url: `/api/assignments/by-code/${assignment.code}/sessions`,
    payload: { displayName: 'Tia', seed: 3 },
  });
  expect(started.statusCode, started.body).toBe(201);
  return started.json() as { id: string; token: string };
}

const turn = (id: string, token: string, text: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/turns`,
    headers: bearer(token),
    payload: { text },
  });

describe('time limit', () => {
  it('takes turns within the limit and its grace, refuses them after, and still accepts the submission', async () => {
    const { id, token } = await timedSession();
    expect((await turn(id, token, 'What would you like to be different?')).statusCode).toBe(200);
    advance(LIMIT_MINUTES * 60_000 + TIME_LIMIT_GRACE_MS - 1_000);
    expect((await turn(id, token, 'It sounds like you want more energy.')).statusCode).toBe(200);
    advance(2_000);
    const late = await turn(id, token, 'What else?');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('time_up');
    const view = await t.app.inject({ url: `/api/sessions/${id}`, headers: bearer(token) });
    expect(view.json().turns).toHaveLength(2);
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { sessionId: id, token },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
  });

  it('refuses a late turn over socket.io with time_up', async () => {
    const { id, token } = await timedSession();
    const socket = await connectSocket(await listen(t.app));
    try {
      const state = nextEvent(socket, 'session:state');
      socket.emit('session:join', { id, token });
      await state;
      advance(LIMIT_MINUTES * 60_000 + TIME_LIMIT_GRACE_MS + 1_000);
      const error = nextEvent<{ code: string }>(socket, 'error');
      socket.emit('turn:send', { text: 'Tell me more.' });
      expect((await error).code).toBe('time_up');
    } finally {
      socket.close();
    }
  });

  it('does not limit a session of an assignment without a time limit', async () => {
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: ASSIGNMENT.caseId, lang: 'en' },
    });
    const { id, token } = started.json() as { id: string; token: string };
    advance(365 * 86_400_000);
    expect((await turn(id, token, 'What brings you here?')).statusCode).toBe(200);
  });
});
