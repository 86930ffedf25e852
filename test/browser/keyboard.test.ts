/** Keyboard only, end to end: Tab and Enter from the start page through a turn to the report. */
import { describe, expect, it } from 'vitest';
import { browserAndServer, hasChromium, tabTo, waitForPath } from './helpers.js';

describe.skipIf(!hasChromium)('web client: keyboard only', () => {
  const live = browserAndServer('changetalk-browser-keys-');

  it('starts a session, sends a turn and ends with the report without a mouse', async () => {
    const context = await live.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(live.server.url);
    await page.locator('.case').first().waitFor();
    await tabTo(page, /Start with Elias/);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/practice/');
    await page.locator('.chat-log .msg-client').first().waitFor();
    await tabTo(page, /Your reply/);
    await page.keyboard.type(
      "You've been thinking about a weekend without your phone. What would it give you?",
    );
    await page.keyboard.press('Enter');
    await page.locator('.chat-log .msg-client:not(.typing)').nth(1).waitFor();
    // One main chip per turn; the reflection before the question is a second, smaller chip.
    expect(await page.locator('.chat-log .msg-counsellor .chip[data-code]').count()).toBe(1);
    expect(await page.locator('.chat-log .msg-counsellor .chip[data-code="QUESTION_OPEN"]').count()).toBe(1);
    expect(await page.locator('.chat-log .msg-counsellor .chip[data-also="SIMPLE_REFLECTION"]').count()).toBe(
      1,
    );
    await tabTo(page, /End session/);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/sessions/');
    await page.locator('table.miti').waitFor();
    // One turn: the globals are not rated, and the page says so in its language.
    expect(await page.locator('[data-globals="too-short"]').textContent()).toMatch(/Too short to rate/);
    await context.close();
  });
});
