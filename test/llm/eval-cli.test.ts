import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvalLlm } from '../../server/cli/commands/eval.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';

let fake: FakeOpenAi;
const dir = tempDir();
const file = join(dir.path, 'coded.csv');
beforeAll(async () => {
  fake = await startFakeOpenAi();
  writeFileSync(
    file,
    [
      'transcript_id,turn,speaker,lang,text,code',
      't1,1,counsellor,en,"What brings you here today?",QUESTION_OPEN',
      't1,2,client,en,"I want to sleep better.",CHANGE',
      't1,3,counsellor,en,"Sleep matters to you.",SIMPLE_REFLECTION',
    ].join('\n'),
  );
});
afterAll(async () => {
  await fake.close();
  dir.remove();
});

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('changetalk eval --engine llm', () => {
  it('measures the LLM coder on the same file and says how often it answered', async () => {
    fake.setDefault({ kind: 'text', text: '{"code":"QUESTION_OPEN","confidence":0.9,"reason":"asks"}' });
    const { io, out } = captureIo();
    const env = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'test', OPENAI_CODER_MODEL: 'coder' };
    const code = await runEvalLlm({ file, json: true, engine: 'llm' }, env, io);
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.engine).toBe('llm');
    expect(report.model).toBe('coder');
    expect(report.coding.llm + report.coding.fallbacks).toBe(3);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it('exits 2 with a clear line when no coder model is configured', async () => {
    const { io, err } = captureIo();
    const code = await runEvalLlm({ file, engine: 'llm' }, {}, io);
    expect(code).toBe(2);
    expect(err.join('')).toContain('OPENAI_CODER_MODEL');
  });
});
