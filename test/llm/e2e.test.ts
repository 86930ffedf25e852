import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, nextEvent } from '../helpers/socket-client.js';
import { listen, testApp } from '../helpers/test-app.js';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';

const REPLY = 'I suppose a short walk after dinner could be a start.';
let fake: FakeOpenAi;
let t: Awaited<ReturnType<typeof testApp>>;
const KEY = 'sk-test-secret-4242';
const logs: string[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAi({ kind: 'text', text: REPLY });
  const logStream = new PassThrough();
  logStream.on('data', (d: Buffer) => logs.push(d.toString('utf8')));
  t = await testApp(
    { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: KEY, LOG_LEVEL: 'warn' },
    { llm: { timeoutMs: 1_000, maxRetries: 0 }, logStream },
  );
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

async function startSession() {
  const caseId = (await t.app.inject({ method: 'GET', url: '/api/cases' })).json()[0].id as string;
  const res = await t.app.inject({ method: 'POST', url: '/api/sessions', payload: { caseId, lang: 'en' } });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; token: string; session: { engine: string } };
}

describe('the LLM engine through the real app', () => {
  it('starts sessions on the llm engine and answers with the model text over HTTP', async () => {
    const created = await startSession();
    expect(created.session.engine).toBe('llm');
    const auth = { authorization: `Bearer ${created.token}` };
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${created.id}/turns`,
      headers: auth,
      payload: { text: 'What would you like to talk about today?' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().turn.client.text).toBe(REPLY);
    const view = (
      await t.app.inject({ method: 'GET', url: `/api/sessions/${created.id}`, headers: auth })
    ).json();
    expect(view.engine).toBe('llm');
    expect(view.turns[0].client.text).toBe(REPLY);
    // The trainee's words reached the model as user content only.
    const body = fake.requests.at(-1);
    expect(body?.messages.find((m) => m.role === 'user')?.content).toContain(
      '<counsellor>What would you like to talk about today?</counsellor>',
    );
    // Tokens used are kept with the session.
    const stored = await t.app.storage.sessions.get(created.id);
    expect((stored?.snapshot as { llmUsage?: { replies: number } } | undefined)?.llmUsage).toMatchObject({
      replies: 1,
    });
  });

  it('finishes the turn on the embedded engine when the model fails', async () => {
    const created = await startSession();
    fake.script({ kind: 'status', status: 500 });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${created.id}/turns`,
      headers: { authorization: `Bearer ${created.token}` },
      payload: { text: 'It sounds like part of you wants things to be different.' },
    });
    expect(res.statusCode).toBe(200);
    const text = res.json().turn.client.text as string;
    expect(text).not.toBe(REPLY);
    expect(text.length).toBeGreaterThan(0);
    // The cause is logged, the key never is.
    const all = logs.join('');
    expect(all).toContain('LLM reply fell back to the embedded engine');
    expect(all).toContain('"reason":"upstream"');
    expect(all).not.toContain(KEY);
  });

  it('streams turn:token events over socket.io, then the reply, and tells once about a fallback', async () => {
    const url = await listen(t.app);
    const socket = await connectSocket(url);
    try {
      socket.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
      const started = await nextEvent<{ session: { engine: string } }>(socket, 'session:started');
      expect(started.session.engine).toBe('llm');
      const tokens: string[] = [];
      socket.on('turn:token', (p: { turn: number; text: string }) => tokens.push(p.text));
      const reply = nextEvent<{ client: { text: string } }>(socket, 'turn:reply');
      socket.emit('turn:send', { text: 'What would you like to talk about today?' });
      expect((await reply).client.text).toBe(REPLY);
      expect(tokens.length).toBeGreaterThan(3);
      expect(tokens.join('')).toBe(REPLY);

      const notices: unknown[] = [];
      socket.on('engine:notice', (n: unknown) => notices.push(n));
      for (const text of ['It sounds like this matters to you.', 'What else?']) {
        fake.script({ kind: 'status', status: 500 });
        const next = nextEvent(socket, 'scores');
        socket.emit('turn:send', { text });
        await next;
      }
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ engine: 'embedded', reason: 'upstream' });
    } finally {
      socket.close();
    }
  });
});
