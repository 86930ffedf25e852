/** Keyboard only, end to end: Tab and Enter from the start page through a turn to the report. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { hasChromium, launch, type Running, startServer, tabTo, waitForPath } from './helpers.js';

describe.skipIf(!hasChromium)('web client: keyboard only', () => {
  let browser: Browser;
  let server: Running;
  const dir = tempDir('changetalk-browser-keys-');

  beforeAll(async () => {
    browser = await launch();
    server = await startServer(dir.path);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    dir.remove();
  });

  it('starts a session, sends a turn and ends with the report without a mouse', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
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
