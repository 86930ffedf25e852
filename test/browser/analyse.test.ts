/** Analysing a real conversation: paste (or upload) a transcript, get the same report; a bad one names the line. */
import { describe, expect, it } from 'vitest';
import { axeSerious, browserAndServer, hasChromium, screenshot, waitForPath } from './helpers.js';

const TRANSCRIPT = [
  'Jordmor: Hva tenker du om oppfølgingsprogrammet?',
  'Sara: Jeg vet ikke helt. Jeg vil jo gjerne at det skal gå bra med babyen.',
  'Jordmor: Så du vil gjøre det beste for babyen, samtidig som du er usikker på hva programmet innebærer.',
  'Sara: Ja, og jeg er redd for at de skal dømme meg.',
  'Jordmor: Du må bare takke ja.',
  'Sara: Nei, det tror jeg ikke jeg vil.',
].join('\n');

describe.skipIf(!hasChromium)('web client: analyse a transcript', () => {
  const live = browserAndServer('changetalk-browser-analyse-');

  it('codes a pasted transcript and shows the report', async () => {
    const context = await live.browser.newContext({
      locale: 'nb-NO',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(live.server.url);
    await page.getByRole('link', { name: 'Analyser en samtale' }).click();
    await waitForPath(page, '/analyse');
    await page.locator('#transcript').waitFor();
    expect(await axeSerious(page)).toEqual([]);

    // A transcript without speaker prefixes is refused with a message naming the line.
    await page.fill('#transcript', 'bare litt tekst uten navn');
    await page.getByRole('button', { name: 'Analyser', exact: true }).click();
    const alert = page.locator('[role="alert"][data-error="bad_transcript"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/line 1|linje 1/i);

    await page.fill('#transcript', TRANSCRIPT);
    await page.getByRole('button', { name: 'Analyser', exact: true }).click();
    await waitForPath(page, '/sessions/');
    await page.locator('table.miti').waitFor();
    expect(await page.locator('.report .transcript .msg-counsellor .chip[data-code]').count()).toBe(3);
    expect(await page.locator('.report .transcript .msg-client .chip[data-code]').count()).toBe(3);
    expect(await page.locator('.report .transcript').textContent()).toContain(
      'redd for at de skal dømme meg',
    );
    expect(await page.locator('.report .course-plot canvas').count()).toBe(1);
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'analysis-report.png', true);

    // Deleting asks once more, then the session is gone from the server.
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByRole('button', { name: 'Slett økten' }).click();
    await page.locator('#delete-confirm').waitFor();
    await page.getByRole('button', { name: 'Slett økten' }).click();
    await page.getByRole('status').filter({ hasText: 'Slettet.' }).waitFor();
    const res = await fetch(`${live.server.url}/api/sessions/${id}`, {
      headers: { authorization: 'Bearer x' },
    });
    expect([401, 403, 404]).toContain(res.status);
    await context.close();
  });

  it('reads an uploaded file', async () => {
    const context = await live.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${live.server.url}/analyse`);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'talk.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Nurse: How is the arm today?\nTom: It hurts. I know I should get it looked at.\n'),
    });
    await expect.poll(() => page.inputValue('#transcript')).toContain('I know I should');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await waitForPath(page, '/sessions/');
    await page.locator('.report .transcript .msg-client .chip[data-code="CHANGE"]').waitFor();
    await context.close();
  });
});
