import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../server/domain/cases/schema.js';
import type { PracticeSession } from '../../server/domain/practice/index.js';
import { OpenAiAdapter } from '../../server/llm/openai-adapter.js';
import { ClientVoice, usageOf } from '../../server/llm/revoice.js';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';
import { coder, personaCases, start, turn } from './helpers.js';

let fake: FakeOpenAi;
let cases: Case[];
beforeAll(async () => {
  fake = await startFakeOpenAi({ kind: 'text', text: 'Yes, I think that could work for us, maybe.' });
  cases = await personaCases();
});
afterAll(async () => {
  await fake.close();
});

const charsOver4 = (body: { messages: { content: string }[] }) =>
  Math.ceil(body.messages.map((m) => m.content).join('\n').length / 4);

describe('prompt size stays bounded over a long session', () => {
  it('turn 40 costs at most 1.2× the prompt tokens of turn 5, for every case', async () => {
    const voice = new ClientVoice({
      llm: new OpenAiAdapter({ baseURL: fake.url, apiKey: 'test', model: 'fake', maxRetries: 0 }),
      coder,
    });
    const sizes: Record<string, { turn5: number; turn40: number; ratio: number }> = {};
    for (const c of cases) {
      fake.requests.length = 0;
      let session: PracticeSession = start(c, 'en');
      for (let i = 0; i < 40; i++) {
        const voiced = await voice.revoice(turn(session, c, i), c);
        expect(voiced.voice?.engine).toBe('llm');
        session = voiced.session;
      }
      const t5 = fake.requests[4];
      const t40 = fake.requests[39];
      if (!t5 || !t40) throw new Error('missing requests');
      const turn5 = charsOver4(t5);
      const turn40 = charsOver4(t40);
      sizes[c.id] = { turn5, turn40, ratio: Math.round((turn40 / turn5) * 100) / 100 };
      expect(turn40).toBeLessThanOrEqual(1.2 * turn5);
      // The system message (the cacheable prefix) is the same on every turn.
      expect(t40.messages[0]).toEqual(t5.messages[0]);
      // Tokens used are recorded in the session (the fake reports chars/4 as usage).
      expect(usageOf(session).replies).toBe(40);
      expect(usageOf(session).promptTokens).toBeGreaterThan(40 * turn5 * 0.5);
    }
    console.log('prompt tokens (chars/4), turn 5 vs turn 40:', JSON.stringify(sizes));
  });
});
