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
    await page.keyboard.type('What would a weekend without your phone give you?');
    await page.keyboard.press('Enter');
    await page.locator('.chat-log .msg-client:not(.typing)').nth(1).waitFor();
    expect(await page.locator('.chat-log .msg-counsellor .chip[data-code]').count()).toBe(1);
    await tabTo(page, /End session/);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/sessions/');
    await page.locator('table.miti').waitFor();
    await context.close();
  });
});
