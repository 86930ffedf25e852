/**
 * A whole practice session in real Chromium, once per language on that language's case: start page → chat
 * (code chips, tips, gauges, course plot) → report; switching the interface language; axe on every page;
 * HTML sent as a message shows as text. Writes the screenshots in docs/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSerious, browserAndServer, hasChromium, screenshot, sendTurn, waitForPath } from './helpers.js';

const SCRIPTS = {
  en: {
    caseId: 'wound-care',
    heading: 'Practise Motivational Interviewing',
    turns: [
      'What brings you here today?',
      "So the wound has been bothering you for a while, and you're not sure it's worth the hassle of coming in.",
      'Do you want antibiotics?',
      'You have managed a lot on your own, and you care about being there for Lene and the kids.',
      'On a scale from 0 to 10, how important is it for you to get the wound healed?',
    ],
  },
  nb: {
    caseId: 'expectant-mother',
    heading: 'Øv på motiverende intervju',
    turns: [
      'Hva tenker du om oppfølgingsprogrammet?',
      'Så du gleder deg til babyen, men er usikker på om programmet passer for deg.',
      'Har du snakket med partneren din om det?',
      'Det er helt opp til deg hva du velger.',
    ],
  },
  da: {
    caseId: 'vegetarian-day',
    heading: 'Øv motiverende samtale',
    turns: [
      'Hvad tænker du om en kødfri dag om ugen?',
      'Så du kan godt se fordelene, men er bekymret for, hvad børnene vil sige.',
      'Vil du prøve det i næste uge?',
      'Du bestemmer selv, hvad der passer til jeres familie.',
    ],
  },
} as const;

async function expectNoSeriousAxe(page: Page, where: string) {
  const violations = await axeSerious(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function gaugeLevel(page: Page, metric: string): Promise<string | null> {
  return page.locator(`.panel .gauge[data-metric="${metric}"]`).getAttribute('data-level');
}

describe.skipIf(!hasChromium)('web client: a practice session from start to report', () => {
  const live = browserAndServer('changetalk-browser-');

  for (const lang of ['en', 'nb', 'da'] as const) {
    it(`plays a whole session in ${lang} on ${SCRIPTS[lang].caseId}`, async () => {
      const script = SCRIPTS[lang];
      const context = await live.browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(live.server.url);
      await page.locator('.case').first().waitFor();
      // The interface starts in the browser's language and switches (and remembers) on request.
      expect(await page.locator('h1').textContent()).toBe(SCRIPTS.en.heading);
      await page.selectOption('[data-testid="ui-lang"]', lang);
      await page.locator('h1', { hasText: script.heading }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // Remembered across a reload.
      await page.reload();
      await page.locator('h1', { hasText: script.heading }).waitFor();
      if (lang === 'en') {
        await expectNoSeriousAxe(page, 'start page');
        await screenshot(page, 'start-page.png', true);
      }

      // Keyboard: tab to the case's start button and press Enter.
      const start = page.locator(`[data-case="${script.caseId}"] button`);
      await start.focus();
      await page.keyboard.press('Enter');
      await waitForPath(page, '/practice/');
      await page.locator('.chat-log .msg-client').first().waitFor();
      expect(await gaugeLevel(page, 'percentOpenQuestions')).toBe('none');

      for (const [i, text] of script.turns.entries()) {
        await sendTurn(page, text);
        const chips = page.locator('.chat-log .msg-counsellor .chip[data-code]');
        expect(await chips.count()).toBe(i + 1);
        expect((await chips.nth(i).textContent())?.length).toBeGreaterThan(3);
        if (i === 0) {
          expect(
            await page.locator('.chat-log .msg-counsellor .chip').first().getAttribute('data-code'),
          ).toBe('QUESTION_OPEN');
          await page
            .locator('.panel .gauge[data-metric="percentOpenQuestions"]:not([data-level="none"])')
            .waitFor();
          expect(await gaugeLevel(page, 'percentOpenQuestions')).toBe('good');
        }
      }
      // Every turn got a counsellor chip and a talk chip; the closed question got a tip (hints are on).
      expect(await page.locator('.chat-log .msg-client .chip[data-code]').count()).toBe(
        script.turns.length + 1,
      );
      expect(await page.locator('.chat-log .tip').count()).toBeGreaterThan(0);
      expect(await page.locator('.panel .course-plot canvas').count()).toBe(1);
      expect(await page.locator('.chat-log').textContent()).toContain(script.turns[0]);
      await expectNoSeriousAxe(page, `practice (${lang})`);
      if (lang === 'en') await screenshot(page, 'session-desktop.png');

      // Keyboard only: focus the end button and press Enter.
      await page.locator('.panel-actions button').focus();
      await page.keyboard.press('Enter');
      await waitForPath(page, '/sessions/');
      await page.locator('table.miti').waitFor();
      expect(await page.locator('.report .transcript .msg-counsellor').count()).toBe(script.turns.length);
      expect(await page.locator('.report .course-plot canvas').count()).toBe(1);
      // Suggestions (when the server sends them) quote what the trainee actually said, next to an alternative.
      for (const quoted of await page.locator('.suggestions q:not(.alt)').allTextContents()) {
        expect(script.turns as readonly string[]).toContain(quoted);
      }
      await expectNoSeriousAxe(page, `report (${lang})`);
      if (lang === 'en') {
        await screenshot(page, 'report.png', true);
        // Export through the report route (with the session's token) as downloads.
        for (const [name, ext] of [
          ['Download JSON', 'json'],
          ['Download CSV', 'csv'],
        ] as const) {
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name }).click(),
          ]);
          expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
          const path = await download.path();
          const body = readFileSync(path, 'utf8');
          if (ext === 'json') {
            const json = JSON.parse(body);
            expect(json.miti ?? json.report?.miti).toBeDefined();
          } else expect(body.split('\n').length).toBeGreaterThan(script.turns.length);
        }
        // The print stylesheet drops the navigation and the buttons.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('header.top').isVisible()).toBe(false);
        expect(await page.locator('.actions').isVisible()).toBe(false);
        expect(await page.locator('table.miti').isVisible()).toBe(true);
        await page.emulateMedia({ media: 'screen' });
      }
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }

  it('shows a message with HTML in it as text, and works on a phone', async () => {
    const context = await live.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'nb-NO',
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(live.server.url);
    // The browser says Norwegian: the interface starts in bokmål.
    await page.locator('h1', { hasText: 'Øv på motiverende intervju' }).waitFor();
    await page.locator('[data-case="wound-care"] button').click();
    await waitForPath(page, '/practice/');
    await page.locator('.chat-log .msg-client').first().waitFor();
    const evil = '<img src=x onerror=alert(1)>';
    await sendTurn(page, evil);
    const bubble = page.locator('.chat-log .msg-counsellor .bubble').first();
    expect(await bubble.textContent()).toBe(evil);
    expect(await page.locator('.chat-log img').count()).toBe(0);
    await sendTurn(page, 'Hva er viktigst for deg når det gjelder såret?');
    await sendTurn(page, 'Så du vil helst klare deg selv, samtidig som du er redd for å ende som Roger.');
    // On a narrow screen the panel folds under the chat.
    const chatBox = await page.locator('.chat').boundingBox();
    const panelBox = await page.locator('.panel').boundingBox();
    expect(panelBox && chatBox && panelBox.y >= chatBox.y + chatBox.height - 1).toBe(true);
    await screenshot(page, 'session-phone.png', true);
    await expectNoSeriousAxe(page, 'practice (phone)');
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
