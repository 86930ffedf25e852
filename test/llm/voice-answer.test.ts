/**
 * The LLM voice keeps the embedded client's contract (issue 16): the prompt carries the kind of answer asked
 * for, the fact that answers it and what was said or agreed; a model reply that names another number than the
 * fact, or gives a bare yes/no or no time/amount to a question word, is replaced by the embedded reply; one that
 * answers is kept. Against the fake OpenAI server, in nb, da and en.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../server/domain/cases/schema.js';
import type { Lang } from '../../server/domain/codes.js';
import { takeTurn } from '../../server/domain/practice/index.js';
import { checkAnswer } from '../../server/llm/answer-check.js';
import { voiceReply } from '../../server/llm/client-voice.js';
import { OpenAiAdapter } from '../../server/llm/openai-adapter.js';
import type { VoicePromptInput } from '../../server/llm/prompts.js';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.js';
import { coder, personaCases, start } from './helpers.js';

let fake: FakeOpenAi;
let c: Case;
beforeAll(async () => {
  fake = await startFakeOpenAi();
  const found = (await personaCases()).find((x) => x.id === 'vegetarian-day');
  if (!found) throw new Error('personas/vegetarian-day.yaml is missing');
  c = found;
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

const llm = () => new OpenAiAdapter({ baseURL: fake.url, apiKey: 'test', model: 'fake', maxRetries: 0 });

/** How much the family spends on food a week: the case's fact is 1,800 kroner. */
const QUESTION: Record<Lang, string> = {
  nb: 'Hvor mye penger bruker dere på mat i uka?',
  da: 'Hvor mange penge bruger I på mad om ugen?',
  en: 'How much money do you spend on food a week?',
};
const RIGHT: Record<Lang, string> = {
  nb: 'Rundt 1 800 kroner i uka, og det holder så vidt.',
  da: 'Omkring 1.800 kroner om ugen, og det slår lige til.',
  en: 'Around 1,800 kroner a week, and it only just covers it.',
};
const WRONG: Record<Lang, string> = {
  nb: 'Sånn 2 500 kroner i uka, tror jeg.',
  da: 'Vel omkring 2.500 kroner om ugen, tror jeg.',
  en: 'About 2,500 kroner a week, I think.',
};
const BARE: Record<Lang, string> = { nb: 'Ja.', da: 'Ja.', en: 'Yes.' };

/** The embedded turn for the question, and the voice input the model is asked with. */
function asked(lang: Lang): { input: Omit<VoicePromptInput, 'intent'>; intent: VoicePromptInput['intent'] } {
  const session = start(c, lang);
  const result = takeTurn(session, QUESTION[lang], { coder, case: c });
  const last = result.session.turns.at(-1);
  if (!last?.client.intent) throw new Error('no turn');
  const input = {
    case: c,
    lang,
    state: last.state,
    history: [{ speaker: 'client' as const, text: session.opening.text }],
    counsellorText: QUESTION[lang],
    draft: last.client.text,
  };
  return { input, intent: last.client.intent };
}

describe.each(['nb', 'da', 'en'] as const)('%s', (lang) => {
  it('the prompt carries the frame, the fact and that no plan was made', async () => {
    const { input, intent } = asked(lang);
    fake.script({ kind: 'text', text: RIGHT[lang] });
    await voiceReply(llm(), intent, input);
    const user = fake.requests[0]?.messages.at(-1)?.content ?? '';
    expect(user).toContain('What the counsellor asks for: how many / how much: name the amount first.');
    expect(user).toMatch(/1.800/);
    expect(user).toContain('No plan or step has been proposed or agreed yet');
  });

  it('keeps a reply that answers with the fact', async () => {
    const { input, intent } = asked(lang);
    fake.script({ kind: 'text', text: RIGHT[lang] });
    const reply = await voiceReply(llm(), intent, input);
    expect(reply).toMatchObject({ engine: 'llm', text: RIGHT[lang] });
  });

  it('replaces a reply that names another amount with the embedded reply', async () => {
    const { input, intent } = asked(lang);
    expect(input.draft).toMatch(/1.800/);
    fake.script({ kind: 'text', text: WRONG[lang] });
    const reply = await voiceReply(llm(), intent, input);
    expect(reply).toMatchObject({ engine: 'embedded', text: input.draft, fallback: 'contradicts_fact' });
  });

  it('replaces a bare yes to a question word', async () => {
    const { input, intent } = asked(lang);
    fake.script({ kind: 'text', text: BARE[lang] });
    const reply = await voiceReply(llm(), intent, input);
    expect(reply).toMatchObject({ engine: 'embedded', fallback: 'ignores_question' });
  });
});

describe('checkAnswer', () => {
  it('wants a time for "when" and an amount for "how many" when the draft has one', () => {
    const draft = 'Every other Sunday at Randi’s farm. It’s always a roast.';
    expect(checkAnswer('At the farm, you know, with the family.', draft, 'when', 'en')).toBe(
      'ignores_question',
    );
    expect(checkAnswer('Every other Sunday, at the farm.', draft, 'when', 'en')).toBeUndefined();
    const amount = 'Ida’s eleven and Emil’s seven.';
    expect(checkAnswer('They’re both at school.', amount, 'howMany', 'en')).toBe('ignores_question');
    expect(
      checkAnswer('Ida er elleve og Emil sju.', 'Ida er elleve og Emil sju.', 'howMany', 'nb'),
    ).toBeUndefined();
    expect(checkAnswer('Ida er tolv og Emil sju.', 'Ida er elleve og Emil sju.', 'howMany', 'nb')).toBe(
      'contradicts_fact',
    );
  });

  it('wants the person for "who", and leaves other kinds of turn alone', () => {
    const people = ['Ida', 'Anders', 'Emil'];
    const draft = 'Ida came up with it. Anders and Emil would object.';
    expect(checkAnswer('Someone at school, I think.', draft, 'who', 'en', people)).toBe('ignores_question');
    expect(checkAnswer('Ida, really.', draft, 'who', 'en', people)).toBeUndefined();
    expect(checkAnswer('Yes.', 'Yes, I think so.', 'yesNo', 'en')).toBeUndefined();
  });
});
