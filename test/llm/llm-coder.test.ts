import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../server/domain/scores/evaluation.js';
import { parseCodedCsv } from '../../server/domain/transcript/csv.js';
import { evaluateWithLlm, LlmCoder, predictWithLlm } from '../../server/llm/llm-coder.js';
import { OpenAiAdapter } from '../../server/llm/openai-adapter.js';
import { projectRoot } from '../../server/paths.js';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';
import { coder } from './helpers.js';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.setDefault({
    kind: 'text',
    text: '{"code":"QUESTION_OPEN","confidence":0.9,"reason":"invites a story"}',
  });
});

const llmCoder = () =>
  new LlmCoder({
    llm: new OpenAiAdapter({ baseURL: fake.url, apiKey: 'test', model: 'voice', maxRetries: 0 }),
    embedded: coder,
    model: 'coder-model',
    timeoutMs: 1_000,
  });
const ctx = {
  history: [{ speaker: 'client' as const, text: 'I keep putting it off.' }],
  lang: 'en' as const,
};

describe('LLM coding', () => {
  it('codes with a zod-validated JSON answer on the coder model and keeps a disagreement', async () => {
    const res = await llmCoder().codeCounsellor('So you keep putting it off.', ctx);
    expect(res.source).toBe('llm');
    expect(res.coding).toMatchObject({ code: 'QUESTION_OPEN', confidence: 0.9, lang: 'en' });
    expect(res.embeddedCode).toBe(coder.codeCounsellor('So you keep putting it off.', ctx).code);
    expect(fake.requests[0]?.model).toBe('coder-model');
    expect(fake.requests[0]?.response_format).toMatchObject({ type: 'json_schema' });
    const user = fake.requests[0]?.messages.find((m) => m.role === 'user')?.content ?? '';
    expect(user).toContain('<utterance>So you keep putting it off.</utterance>');
  });

  it('codes client talk with a DARN-CAT kind', async () => {
    fake.script({
      kind: 'text',
      text: '{"code":"CHANGE","kind":"desire","confidence":0.7,"reason":"wants to"}',
    });
    const res = await llmCoder().codeClient('I really want to stop.', ctx);
    expect(res.coding).toMatchObject({ code: 'CHANGE', kind: 'desire' });
  });

  for (const [name, behaviour, fault] of [
    [
      'a code outside the codebook',
      { kind: 'text', text: '{"code":"MAYBE","confidence":1,"reason":"x"}' },
      'malformed',
    ],
    ['prose instead of JSON', { kind: 'text', text: 'I would say it is an open question.' }, 'malformed'],
    ['a 500', { kind: 'status', status: 500 }, 'upstream'],
    ['malformed JSON', { kind: 'malformed' }, 'malformed'],
  ] as const) {
    it(`falls back to the embedded coder on ${name}`, async () => {
      fake.script(behaviour);
      const res = await llmCoder().codeCounsellor('What brings you here today?', ctx);
      expect(res).toMatchObject({ source: 'embedded', fault });
      expect(res.coding).toEqual(coder.codeCounsellor('What brings you here today?', ctx));
    });
  }

  it('scores a gold-coded file the way `eval` does', async () => {
    const parsed = parseCodedCsv(
      readFileSync(join(projectRoot(), 'test', 'fixtures', 'coded', 'en.csv'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const first = parsed.value.slice(0, 1);
    fake.setDefault({ kind: 'text', text: '{"code":"NEUTRAL","confidence":0.5,"reason":"r"}' });
    const scored = await predictWithLlm(llmCoder(), first);
    expect(scored[0]).toHaveLength(first[0]?.rows.length ?? -1);
    const report = evaluate(scored);
    expect(report.client.macroF1).not.toBeNull();
  });

  it('evaluates a CSV with the LLM coder and counts fallbacks and disagreements', async () => {
    const csv = readFileSync(join(projectRoot(), 'test', 'fixtures', 'coded', 'en.csv'), 'utf8');
    const oneTranscript = csv
      .split('\n')
      .filter((l, i) => i === 0 || l.startsWith('en-high-01,'))
      .join('\n');
    fake.setDefault({ kind: 'text', text: '{"code":"OTHER","confidence":0.5,"reason":"r"}' });
    fake.script({ kind: 'status', status: 500 });
    const res = await evaluateWithLlm(llmCoder(), oneTranscript, 'coder-model');
    if (!res.ok) throw new Error(res.message);
    // The fake answers OTHER to everything: valid for counsellor turns, outside the codebook for client
    // turns (so those fall back), and the first turn (a counsellor's) meets the 500.
    const rows = oneTranscript.trim().split('\n').slice(1);
    const counsellorRows = rows.filter((l) => l.split(',')[2] === 'counsellor').length;
    expect(res.value.engine).toBe('llm');
    expect(res.value.coding.llm).toBe(counsellorRows - 1);
    expect(res.value.coding.fallbacks).toBe(rows.length - counsellorRows + 1);
    expect(res.value.coding.disagreements).toBeGreaterThan(0);
  });
});
