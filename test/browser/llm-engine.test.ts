/**
 * The LLM engine in real Chromium, against the fake OpenAI-compatible server: the client's reply fills in
 * piece by piece before the final reply replaces it, the engine in use is shown, a failing model gives one
 * polite notice that can be dismissed, and the report shows the tokens and the coders' disagreements.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type Behaviour, type ChatBody, type FakeOpenAi, startFakeOpenAi } from '../llm/fake-openai.js';
import {
  axeSerious,
  hasChromium,
  launch,
  PAGE_WAIT_MS,
  type PageGlobals,
  screenshot,
  sendMessage,
  waitForClientReply,
  waitForPath,
} from './helpers.js';

const REPLY = 'Well, I suppose the nurse could look at it once more, if it does not take all day.';

function byPart(b: ChatBody): Behaviour {
  const system = b.messages.find((m) => m.role === 'system')?.content ?? '';
  if (system.includes('MITI/MISC coder'))
    return { kind: 'text', text: '{"code": "CONFRONT", "confidence": 0.9, "reason": "fake"}' };
  // Slow enough that the page shows part of the reply before the rest arrives.
  return { kind: 'slowStream', text: REPLY, ms: 120 };
}

const clientReplies = (page: Page) => page.locator('.chat-log .msg-client:not(.typing)');
const send = sendMessage;
const waitForReply = waitForClientReply;

describe.skipIf(!hasChromium)('web client on the LLM engine', () => {
  let browser: Browser;
  let fake: FakeOpenAi;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url = '';
  const dir = tempDir('changetalk-browser-llm-');

  beforeAll(async () => {
    fake = await startFakeOpenAi({ kind: 'route', pick: byPart });
    const config = loadConfig({
      DATA_DIR: dir.path,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      OPENAI_BASE_URL: fake.url,
      OPENAI_CODER_MODEL: 'fake-coder',
    });
    app = await buildApp(config, {
      replyDelayMs: () => 0,
      clientDir: inject('clientDir'),
      llm: { timeoutMs: 10_000, maxRetries: 0 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    url = `http://127.0.0.1:${address.port}`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
    dir.remove();
  });

  it('streams the reply, tells once when the model fails, and reports tokens and disagreements', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-case="wound-care"] button').click();
    await waitForPath(page, '/practice/');
    await page.locator('.chat-log .msg-client').first().waitFor();
    expect(await page.locator('.engine-badge').getAttribute('data-engine')).toBe('llm');
    expect(await page.locator('.engine-badge').textContent()).toContain('AI language model');

    // Part of the reply shows in the streaming bubble before the final reply replaces it.
    const before = await send(page, 'What brings you here today?');
    const partial = page.locator('.chat-log .msg-client.streaming .bubble');
    await partial.waitFor({ timeout: PAGE_WAIT_MS });
    await page.waitForFunction(
      (full) => {
        const el = (globalThis as unknown as PageGlobals).document.querySelector(
          '.chat-log .msg-client.streaming .bubble',
        );
        const text = el?.textContent ?? '';
        return text.length > 0 && text.length < full.length;
      },
      REPLY,
      { timeout: PAGE_WAIT_MS },
    );
    const seen = (await partial.textContent()) ?? '';
    expect(REPLY.startsWith(seen.trim())).toBe(true);
    await waitForReply(page, before);
    expect(await clientReplies(page).last().locator('.bubble').textContent()).toBe(REPLY);
    expect(await page.locator('.chat-log .streaming').count()).toBe(0);
    expect(await page.locator('.engine-notice').count()).toBe(0);

    // The model fails: the built-in client answers and the user is told once, politely.
    fake.script({ kind: 'status', status: 500 });
    await waitForReply(page, await send(page, 'So the wound has been bothering you for a while.'));
    const notice = page.locator('.engine-notice');
    await notice.waitFor({ timeout: PAGE_WAIT_MS });
    expect(await notice.textContent()).toContain(
      'The AI voice is not answering; the built-in client continues.',
    );
    expect(await page.locator('[aria-live="polite"] .engine-notice').count()).toBe(1);
    const violations = await axeSerious(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'llm-notice.png');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.engine-notice').count()).toBe(0);
    // A second failure is not announced again.
    fake.script({ kind: 'status', status: 500 });
    await waitForReply(page, await send(page, 'What would make it worth coming in?'));
    await page.waitForTimeout(300);
    expect(await page.locator('.engine-notice').count()).toBe(0);

    // The report shows the tokens used and where the AI coder disagreed with the built-in one.
    await page.getByRole('button', { name: 'End session' }).click();
    await waitForPath(page, '/sessions/');
    const usage = page.locator('.llm-usage');
    await usage.waitFor({ timeout: PAGE_WAIT_MS });
    expect(
      Number((await usage.locator('[data-llm="totalTokens"]').textContent())?.replace(/\D/g, '')),
    ).toBeGreaterThan(0);
    expect(await usage.locator('.llm-disagreements tbody tr').count()).toBeGreaterThan(0);
    expect(await usage.locator('.llm-disagreements').textContent()).toContain('Confront');
    await screenshot(page, 'llm-report.png', true);
    await context.close();
  });
});
