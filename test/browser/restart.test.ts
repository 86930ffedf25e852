/**
 * The server restarts in the middle of a session: the page says it lost the connection, reconnects by itself to
 * the new process (same port, same DATA_DIR), rejoins with session:join and the conversation carries on.
 */
import { describe, expect, it } from 'vitest';
import { browserAndServer, hasChromium, sendTurn, waitForPath } from './helpers.js';

describe.skipIf(!hasChromium)('web client: server restart mid-session', () => {
  const live = browserAndServer('changetalk-browser-restart-');

  it('reconnects, says so, and continues the session', async () => {
    const context = await live.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'da-DK',
    });
    const page = await context.newPage();
    await page.goto(live.server.url);
    await page.locator('[data-case="mobile-free-weekend"] button').click();
    await waitForPath(page, '/practice/');
    await page.locator('.chat-log .msg-client').first().waitFor();
    await sendTurn(page, 'Hvad tænker du om en weekend uden mobil?');
    await sendTurn(page, 'Så en del af dig kunne godt tænke sig en pause fra telefonen.');

    const port = await live.stopServer();
    await page.locator('[data-connection="offline"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('button[type="submit"]').isDisabled()).toBe(true);

    await live.startServerOn(port);
    await page.locator('[data-connection="reconnected"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[role="status"][data-connection]').textContent()).toMatch(/forbundet igen/i);
    // The conversation so far is still there, and the next turn goes through on the new process.
    expect(await page.locator('.chat-log .msg-counsellor .chip[data-code]').count()).toBe(2);
    await sendTurn(page, 'Hvad ville være det bedste ved at prøve det?');
    expect(await page.locator('.chat-log .msg-counsellor .chip[data-code]').count()).toBe(3);
    await page.reload();
    await page.locator('.chat-log .msg-counsellor .chip[data-code]').nth(2).waitFor();
    await context.close();
  });
});
