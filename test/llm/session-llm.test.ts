/**
 * The LLM engine's additions through the real app and the fake server: the HTTP turn's fallback notice, the
 * configurable timeout, tokens and coder disagreements in the session view, model-written report alternatives.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { SessionViewSchema, TurnResultSchema } from '../../server/protocol/index.js';
import { testApp } from '../helpers/test-app.js';
import { instructorWithAssignment, traineeSubmits } from '../homework/helpers.js';
import { type Behaviour, type ChatBody, type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';

const REPLY = 'I suppose a short walk after dinner could be a start.';
const ALTERNATIVE = 'You would like to feel fitter, and you are not sure walking is the way yet.';
const PERSUADE = 'You should just start walking, it is bad for you to sit all day.';

const system = (b: ChatBody) => b.messages.find((m) => m.role === 'system')?.content ?? '';
/** Answers as each part expects: the coder says CONFRONT/SUSTAIN, the trainer writes ALTERNATIVE, else REPLY. */
function byPart(b: ChatBody): Behaviour {
  const s = system(b);
  if (s.includes('MITI/MISC coder')) {
    const client = b.messages.some((m) => m.role === 'user' && m.content.includes('Code this client'));
    const answer = client
      ? { code: 'SUSTAIN', kind: null, confidence: 0.7, reason: 'fake' }
      : { code: 'CONFRONT', confidence: 0.8, reason: 'fake' };
    return {
      kind: 'text',
      text: JSON.stringify(answer),
      usage: { prompt_tokens: 100, completion_tokens: 10 },
    };
  }
  if (s.includes('MI) trainer')) return { kind: 'text', text: JSON.stringify({ alternative: ALTERNATIVE }) };
  return { kind: 'text', text: REPLY, usage: { prompt_tokens: 200, completion_tokens: 20 } };
}

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi({ kind: 'text', text: REPLY });
});
afterEach(() => fake.setDefault({ kind: 'text', text: REPLY }));
afterAll(async () => {
  await fake.close();
});

type App = Awaited<ReturnType<typeof testApp>>;
async function session(t: App) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sessions',
    payload: { caseId: 'daily-walk', lang: 'en' },
  });
  const { id, token } = res.json() as { id: string; token: string };
  const headers = { authorization: `Bearer ${token}` };
  const turn = (text: string) =>
    t.app.inject({ method: 'POST', url: `/api/sessions/${id}/turns`, headers, payload: { text } });
  const view = async () =>
    SessionViewSchema.parse(
      (await t.app.inject({ method: 'GET', url: `/api/sessions/${id}`, headers })).json(),
    );
  const end = async () =>
    SessionViewSchema.parse(
      (await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/end`, headers })).json(),
    );
  return { id, turn, view, end };
}

describe('HTTP turns report a fallback', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp({ OPENAI_BASE_URL: fake.url }, { llm: { timeoutMs: 2_000, maxRetries: 0 } });
  });
  afterAll(() => t.close());

  it('carries no notice when the model answered, and the notice when the embedded engine did', async () => {
    const s = await session(t);
    const ok = await s.turn('What would you like to talk about today?');
    expect(ok.statusCode).toBe(200);
    expect(TurnResultSchema.parse(ok.json()).notice).toBeUndefined();
    expect(ok.json().turn.client.text).toBe(REPLY);

    fake.script({ kind: 'status', status: 503 });
    const failed = await s.turn('It sounds like part of you wants things to be different.');
    const body = TurnResultSchema.parse(failed.json());
    expect(body.notice).toMatchObject({ turn: 2, engine: 'embedded', reason: 'upstream' });
    expect(body.turn.client.text).not.toBe(REPLY);
  });
});

describe('OPENAI_TIMEOUT_MS', () => {
  it('is parsed once, and a bad value names the variable', () => {
    expect(loadConfig({ OPENAI_TIMEOUT_MS: '2500' }).OPENAI_TIMEOUT_MS).toBe(2500);
    expect(loadConfig({}).OPENAI_TIMEOUT_MS).toBeUndefined();
    for (const bad of ['soon', '-5', '1.5', '50']) {
      expect(() => loadConfig({ OPENAI_TIMEOUT_MS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ OPENAI_TIMEOUT_MS: bad })).toThrow(/OPENAI_TIMEOUT_MS/);
    }
  });

  it('reaches the adapter: a slow model is given up on after it and the embedded engine answers', async () => {
    const t = await testApp({ OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '400' });
    try {
      const s = await session(t);
      fake.setDefault({ kind: 'delay', ms: 5_000, next: { kind: 'text', text: REPLY } });
      const began = Date.now();
      const res = await s.turn('What would you like to talk about today?');
      const took = Date.now() - began;
      expect(TurnResultSchema.parse(res.json()).notice?.reason).toBe('timeout');
      expect(took).toBeGreaterThanOrEqual(350);
      // Far below both the 5 s the fake takes and the 12 s default.
      expect(took).toBeLessThan(2_500);
    } finally {
      await t.close();
    }
  });
});

describe('with LLM coding on (OPENAI_CODER_MODEL)', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp(
      { OPENAI_BASE_URL: fake.url, OPENAI_CODER_MODEL: 'fake-coder' },
      { llm: { timeoutMs: 2_000, maxRetries: 0 } },
    );
  });
  afterAll(() => t.close());

  it('keeps tokens and the turns where the coders disagree in the session view', async () => {
    fake.setDefault({ kind: 'route', pick: byPart });
    const s = await session(t);
    await s.turn('What would you like to talk about today?');
    const view = await s.view();
    expect(view.llm?.coding).toBe(true);
    // One reply (200 + 20) and two coder calls (100 + 10 each).
    expect(view.llm?.usage).toMatchObject({
      promptTokens: 400,
      completionTokens: 40,
      totalTokens: 440,
      calls: 3,
    });
    expect(view.llm?.disagreements).toContainEqual({
      turn: 1,
      speaker: 'counsellor',
      text: 'What would you like to talk about today?',
      llm: 'CONFRONT',
      embedded: 'QUESTION_OPEN',
    });
    // The codes shown and scored stay the embedded coder's.
    expect(view.turns[0]?.counsellor.coding.code).toBe('QUESTION_OPEN');
  });

  it('has the model write the report alternatives, the trainee text only inside the delimiters', async () => {
    fake.setDefault({ kind: 'route', pick: byPart });
    const s = await session(t);
    await s.turn(PERSUADE);
    const before = (await s.view()).report.suggestions as { alternative: string }[];
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((x) => x.alternative)).not.toContain(ALTERNATIVE);
    const from = fake.requests.length;
    const ended = await s.end();
    const after = ended.report.suggestions as { alternative: string; code: string }[];
    expect(after.map((x) => x.alternative)).toContain(ALTERNATIVE);
    expect((await s.view()).report.suggestions).toEqual(after);
    const asked = fake.requests.slice(from).filter((b) => system(b).includes('MI) trainer'));
    expect(asked.length).toBe(before.length);
    for (const b of asked) {
      expect(system(b)).not.toContain(PERSUADE);
      expect(b.messages.find((m) => m.role === 'user')?.content).toContain(
        `<counsellor>${PERSUADE}</counsellor>`,
      );
      expect(b.response_format).toBeDefined();
    }
    expect((await s.view()).llm?.usage.calls).toBe(3 + asked.length);
  });

  it('shows the instructor the tokens, the disagreements and the model-written alternatives', async () => {
    fake.setDefault({ kind: 'route', pick: byPart });
    const { ina, assignment } = await instructorWithAssignment(t.app);
    const sub = await traineeSubmits(t.app, assignment.code, 'Kari', [
      'What would you like to be different about walking?',
      PERSUADE,
    ]);
    const res = await ina.req({ url: `/api/submissions/${sub.id}` });
    expect(res.statusCode).toBe(200);
    const transcript = SessionViewSchema.parse(res.json().transcript);
    expect(transcript.llm?.usage.totalTokens).toBeGreaterThan(0);
    expect(transcript.llm?.usage.calls).toBeGreaterThanOrEqual(6);
    expect(transcript.llm?.disagreements.map((d) => d.turn)).toEqual(expect.arrayContaining([1, 2]));
    const alternatives = (transcript.report.suggestions as { alternative: string }[]).map(
      (x) => x.alternative,
    );
    expect(alternatives).toContain(ALTERNATIVE);
  });

  it('keeps the embedded alternatives when the model fails or answers out of shape', async () => {
    fake.setDefault({ kind: 'route', pick: byPart });
    const s = await session(t);
    await s.turn(PERSUADE);
    const embedded = (await s.view()).report.suggestions;
    fake.setDefault({
      kind: 'route',
      pick: (b) =>
        system(b).includes('MI) trainer') ? { kind: 'text', text: '{"advice": "x"}' } : byPart(b),
    });
    fake.script({ kind: 'status', status: 500 });
    const ended = await s.end();
    expect(ended.report.suggestions).toEqual(embedded);
  });
});
