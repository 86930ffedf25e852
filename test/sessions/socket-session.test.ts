import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../server/protocol/index.js';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { listen, testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;
let url: string;
const sockets: TestSocket[] = [];
beforeEach(async () => {
  t = await testApp();
  url = await listen(t.app);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await t.close();
});

async function client(): Promise<TestSocket> {
  const s = await connectSocket(url);
  sockets.push(s);
  s.emit('hello', { protocol: PROTOCOL_VERSION });
  await nextEvent(s, 'welcome');
  return s;
}

interface Started {
  id: string;
  token: string;
  session: { opening: { text: string } };
}

async function startSession(s: TestSocket): Promise<Started> {
  const started = nextEvent<Started>(s, 'session:started');
  s.emit('session:start', { caseId: 'daily-walk', lang: 'en', preset: 'cooperative', hints: true, seed: 3 });
  return started;
}

async function sendTurn(s: TestSocket, text: string) {
  const coded = nextEvent<{ turn: number; counsellor: { coding: { code: string } } }>(s, 'turn:coded');
  const typing = nextEvent(s, 'client:typing');
  const reply = nextEvent<{ turn: number; client: { text: string } }>(s, 'turn:reply');
  const scores = nextEvent<{ turn: number; report: { turns: number } }>(s, 'scores');
  s.emit('turn:send', { text });
  return { coded: await coded, typing: await typing, reply: await reply, scores: await scores };
}

describe('a practice session over socket.io', () => {
  it('starts, codes each turn before the reply, updates scores, ends with a report', async () => {
    const s = await client();
    const started = await startSession(s);
    expect(started.session.opening.text.length).toBeGreaterThan(0);
    const order: string[] = [];
    for (const e of ['turn:coded', 'client:typing', 'turn:reply', 'scores']) s.once(e, () => order.push(e));
    const first = await sendTurn(s, 'What would a daily walk give you?');
    expect(order).toEqual(['turn:coded', 'client:typing', 'turn:reply', 'scores']);
    expect(first.coded.turn).toBe(1);
    expect(first.reply.client.text.length).toBeGreaterThan(0);
    expect(first.scores.report.turns).toBe(1);
    const second = await sendTurn(s, 'You want to feel stronger.');
    expect(second.coded.turn).toBe(2);
    const ended = nextEvent<{ report: { turns: number } }>(s, 'session:ended');
    s.emit('session:end');
    expect((await ended).report.turns).toBe(2);
  });

  it('lets a second tab join with the token and see the same turns live', async () => {
    const a = await client();
    const started = await startSession(a);
    const b = await client();
    const state = nextEvent<{ session: { turns: unknown[] } }>(b, 'session:state');
    b.emit('session:join', { id: started.id, token: started.token });
    expect((await state).session.turns).toHaveLength(0);
    const seenByB = nextEvent<{ turn: number }>(b, 'turn:reply');
    await sendTurn(a, 'How is your week going?');
    expect((await seenByB).turn).toBe(1);
  });

  it.each([
    ['validation_failed', 'session:start', { caseId: 'daily-walk', lang: 'klingon' }],
    ['validation_failed', 'turn:send', 'just a string'],
    ['unknown_case', 'session:start', { caseId: 'nope', lang: 'nb' }],
    ['bad_request', 'turn:send', { text: 'hello?' }],
    ['bad_request', 'session:end', undefined],
    ['protocol_version', 'hello', { protocol: 999 }],
  ])('answers with %s for %s %j', async (code, event, payload) => {
    const s = await client();
    const error = nextEvent<{ code: string; event: string }>(s, 'error');
    s.emit(event, payload);
    expect(await error).toMatchObject({ code, event });
  });

  it('refuses empty and over-long messages and a join with a wrong token', async () => {
    const s = await client();
    const started = await startSession(s);
    for (const [text, code] of [
      ['  ', 'message_empty'],
      ['y'.repeat(2001), 'message_too_long'],
    ] as const) {
      const error = nextEvent<{ code: string }>(s, 'error');
      s.emit('turn:send', { text });
      expect((await error).code).toBe(code);
    }
    const other = await client();
    const error = nextEvent<{ code: string }>(other, 'error');
    other.emit('session:join', { id: started.id, token: 'wrong' });
    expect((await error).code).toBe('forbidden');
  });

  it('refuses a turn sent before the client has answered, and a turn after the end', async () => {
    await t.close();
    t = await testApp({}, { replyDelayMs: () => 300 });
    url = await listen(t.app);
    const s = await client();
    await startSession(s);
    const reply = nextEvent(s, 'turn:reply');
    const error = nextEvent<{ code: string }>(s, 'error');
    s.emit('turn:send', { text: 'What matters most to you?' });
    await nextEvent(s, 'turn:coded');
    s.emit('turn:send', { text: 'And what else?' });
    expect((await error).code).toBe('not_your_turn');
    await reply;
    s.emit('session:end');
    await nextEvent(s, 'session:ended');
    const late = nextEvent<{ code: string }>(s, 'error');
    s.emit('turn:send', { text: 'One more thing' });
    expect((await late).code).toBe('session_ended');
  });

  it('rate-limits a socket that floods events', async () => {
    const s = await client();
    const errors: string[] = [];
    s.on('error', (e: { code: string }) => errors.push(e.code));
    for (let i = 0; i < 130; i++) s.emit('hello', { protocol: PROTOCOL_VERSION });
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).toContain('rate_limited');
  });
});
