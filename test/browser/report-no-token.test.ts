/**
 * The report page opened in a browser that does not hold the session's token (a shared link, another device)
 * says so and offers a new session, instead of "Loading…" forever (issue 21; seen again by a trainer playing).
 */
import { describe, expect, it } from 'vitest';
import { browserAndServer, PAGE_WAIT_MS } from './helpers.js';

const live = browserAndServer('report-no-token');

describe('the report page without the session token', () => {
  it('says the browser has no access and links to a new session', async () => {
    const created = await fetch(`${live.server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: 'daily-walk', lang: 'en' }),
    });
    const { id } = (await created.json()) as { id: string };
    const context = await live.browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`${live.server.url}/sessions/${id}`);
      const error = page.locator('[data-testid="report-error"]');
      await error.waitFor({ timeout: PAGE_WAIT_MS });
      expect(await error.textContent()).toMatch(/no access/i);
      expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
      await page.getByRole('link', { name: /start a new session/i }).click();
      await page.locator('.case').first().waitFor({ timeout: PAGE_WAIT_MS });
    } finally {
      await context.close();
    }
  });
});
