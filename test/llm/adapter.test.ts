import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LlmError } from '../../server/domain/ports/llm.js';
import { OpenAiAdapter } from '../../server/llm/openai-adapter.js';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.setDefault({ kind: 'text', text: 'Well, I suppose so.' });
});

const adapter = (over: Partial<ConstructorParameters<typeof OpenAiAdapter>[0]> = {}) =>
  new OpenAiAdapter({
    baseURL: fake.url,
    apiKey: 'test-key',
    model: 'fake-model',
    timeoutMs: 2_000,
    maxRetries: 0,
    ...over,
  });
const messages = [
  { role: 'system' as const, content: 'You are a client.' },
  { role: 'user' as const, content: 'Say something.' },
];

async function failure(p: Promise<unknown>): Promise<LlmError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(LlmError);
    return err as LlmError;
  }
  throw new Error('expected the call to fail');
}

describe('OpenAiAdapter against the fake endpoint', () => {
  it('answers a chat completion with text and the reported usage', async () => {
    fake.script({
      kind: 'text',
      text: 'Maybe I could walk more.',
      usage: { prompt_tokens: 42, completion_tokens: 7 },
    });
    const res = await adapter().chat({ messages });
    expect(res).toEqual({
      text: 'Maybe I could walk more.',
      usage: { promptTokens: 42, completionTokens: 7 },
    });
    expect(fake.requests[0]?.model).toBe('fake-model');
    expect(fake.requests[0]?.stream).toBeFalsy();
  });

  it('streams token by token and still reports the usage', async () => {
    fake.script({
      kind: 'text',
      text: 'I do want to feel better in the mornings.',
      usage: { prompt_tokens: 30, completion_tokens: 9 },
    });
    const got: string[] = [];
    const res = await adapter().chat({ messages, onToken: (t) => got.push(t) });
    expect(fake.requests[0]?.stream).toBe(true);
    expect(got.length).toBeGreaterThan(3);
    expect(got.join('')).toBe('I do want to feel better in the mornings.');
    expect(res.text).toBe('I do want to feel better in the mornings.');
    expect(res.usage).toEqual({ promptTokens: 30, completionTokens: 9 });
  });

  it('returns a structured answer validated by a zod schema', async () => {
    const Schema = z.object({ code: z.enum(['CHANGE', 'SUSTAIN', 'NEUTRAL']), confidence: z.number() });
    fake.script({ kind: 'text', text: '```json\n{"code":"CHANGE","confidence":0.8}\n```' });
    const res = await adapter().structured({ messages }, Schema);
    expect(res.value).toEqual({ code: 'CHANGE', confidence: 0.8 });
    expect(fake.requests[0]?.response_format).toMatchObject({ type: 'json_schema' });
  });

  it('rejects a structured answer that is not JSON or does not fit the schema as malformed', async () => {
    const Schema = z.object({ code: z.enum(['CHANGE', 'SUSTAIN', 'NEUTRAL']) });
    fake.script({ kind: 'text', text: 'CHANGE, I think' }, { kind: 'text', text: '{"code":"MAYBE"}' });
    expect((await failure(adapter().structured({ messages }, Schema))).kind).toBe('malformed');
    expect((await failure(adapter().structured({ messages }, Schema))).kind).toBe('malformed');
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    fake.script(
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '50' } },
      { kind: 'text', text: 'Fine.' },
    );
    const res = await adapter({ maxRetries: 2 }).chat({ messages });
    expect(res.text).toBe('Fine.');
    expect(fake.requests).toHaveLength(2);
  });

  it('retries 5xx and maps what is left to a closed set of errors', async () => {
    fake.script(
      { kind: 'status', status: 500, headers: { 'retry-after-ms': '10' } },
      { kind: 'status', status: 503 },
    );
    expect((await failure(adapter({ maxRetries: 1 }).chat({ messages }))).kind).toBe('upstream');
    expect(fake.requests).toHaveLength(2);
    fake.script({ kind: 'status', status: 429 });
    expect((await failure(adapter().chat({ messages }))).kind).toBe('rate_limited');
    fake.script({ kind: 'malformed' });
    expect((await failure(adapter().chat({ messages }))).kind).toBe('malformed');
    fake.script({ kind: 'empty' });
    expect((await failure(adapter().chat({ messages }))).kind).toBe('empty');
    fake.script({ kind: 'empty' });
    expect((await failure(adapter().chat({ messages, onToken: () => {} }))).kind).toBe('empty');
    fake.script({ kind: 'delay', ms: 1_000, next: { kind: 'text', text: 'late' } });
    expect((await failure(adapter({ timeoutMs: 150 }).chat({ messages }))).kind).toBe('timeout');
    fake.script({ kind: 'drop', text: 'I was about to say something important here.' });
    const got: string[] = [];
    expect((await failure(adapter().chat({ messages, onToken: (t) => got.push(t) }))).kind).toBe('upstream');
    expect(got.length).toBeGreaterThan(0);
  });

  it('aborts when the caller aborts', async () => {
    fake.script({ kind: 'delay', ms: 1_000, next: { kind: 'text', text: 'late' } });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    expect((await failure(adapter().chat({ messages, signal: ac.signal }))).kind).toBe('aborted');
  });

  it('fails, not answers with the part so far, when aborted in the middle of a stream', async () => {
    fake.script({ kind: 'slowStream', text: 'Well, I suppose the nurse could look at it.', ms: 1_000 });
    const ac = new AbortController();
    const got: string[] = [];
    setTimeout(() => ac.abort(new LlmError('timeout', 'deadline')), 300);
    const err = await failure(adapter().chat({ messages, signal: ac.signal, onToken: (t) => got.push(t) }));
    expect(got.length).toBeGreaterThan(0);
    expect(err.kind).toBe('timeout');
  });

  it('never puts the key in an error message', async () => {
    fake.script({ kind: 'status', status: 401 });
    const err = await failure(adapter({ apiKey: 'sk-secret-123' }).chat({ messages }));
    expect(err.message).not.toContain('sk-secret-123');
    expect(String(err.stack)).not.toContain('sk-secret-123');
  });
});
