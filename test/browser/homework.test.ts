/**
 * Homework in real Chromium (issue 8): the first admin through the setup page, an assignment created in the
 * dashboard, two trainees (two browser contexts) open its link, practise and submit (the second after the due
 * date, so late), the instructor reviews and comments on a turn, the trainee sees the comment on the receipt
 * page, and the CSV export returns one row per submission. axe on every new page. Then the zip export downloads,
 * every setting is edited in the form, and a timed assignment shows its countdown and stops taking replies.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSerious, browserAndServer, hasChromium, screenshot, sendTurn, waitForPath } from './helpers.js';

const PASSWORD = 'correct horse battery';
const TITLE = 'Week 3: the wound that will not heal';
const TURNS = [
  'What brings you here today?',
  "So the wound has been bothering you for a while, and you're not sure it's worth the hassle of coming in.",
  'You have managed a lot on your own, and you care about being there for Lene and the kids.',
];
const COMMENT = 'A fine complex reflection: you named both sides.';
const TIMED_TITLE = 'Week 4: ten minutes with the wound';
const OVERALL = 'Good work overall; try more open questions next time.';

async function expectNoSeriousAxe(page: Page, where: string) {
  const violations = await axeSerious(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** A trainee opens the link, gives a name, practises the turns and submits; returns the receipt page. */
async function traineeSubmits(
  ctx: BrowserContext,
  url: string,
  code: string,
  name: string,
  checkAxe: boolean,
): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${url}/a/${code}`);
  await page.locator('h1', { hasText: TITLE }).waitFor();
  expect(await page.locator('.hw-instructions').textContent()).toContain('Practise reflections');
  if (checkAxe) {
    await expectNoSeriousAxe(page, 'assignment page');
    await screenshot(page, 'homework-assignment.png', true);
  }
  await page.fill('input[name="displayName"]', name);
  await page.getByRole('button', { name: 'Start practising' }).click();
  await waitForPath(page, '/homework/');
  await page.locator('.chat-log .msg-client').first().waitFor();
  expect(await page.getByRole('button', { name: 'Submit' }).count()).toBe(0);
  for (const text of TURNS) await sendTurn(page, text);
  const submit = page.getByRole('button', { name: 'Submit' });
  await submit.waitFor();
  expect(await page.getByTestId('turn-progress').textContent()).toBe('3 of 3 turns');
  if (checkAxe) await expectNoSeriousAxe(page, 'homework practice');
  await submit.click();
  await waitForPath(page, '/receipt/');
  await page.getByTestId('receipt-meta').waitFor();
  expect(await page.getByTestId('receipt-meta').textContent()).toContain(name);
  return page;
}

describe.skipIf(!hasChromium)('web client: homework from setup to receipt', () => {
  const live = browserAndServer('changetalk-homework-', 50);

  it('sets up, assigns, submits (one late), reviews, comments, shows the receipt and exports', async () => {
    const url = live.server.url;
    const ictx = await live.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const ip = await ictx.newPage();
    const dialogs: string[] = [];
    ip.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    // First run: the login page points to the setup page, which creates the admin and logs in.
    await ip.goto(`${url}/instructor`);
    await waitForPath(ip, '/login');
    await ip.getByRole('link', { name: 'Set up the first account' }).click();
    await waitForPath(ip, '/setup');
    await ip.locator('input[name="name"]').waitFor();
    await expectNoSeriousAxe(ip, 'setup page');
    await ip.fill('input[name="name"]', 'Ina Instructor');
    await ip.fill('input[name="email"]', 'ina@example.org');
    await ip.fill('input[name="password"]', PASSWORD);
    await ip.getByRole('button', { name: 'Create the admin account' }).click();
    await waitForPath(ip, '/instructor');
    await ip.getByText('Logged in as Ina Instructor').waitFor();
    expect((await (await ictx.request.get(`${url}/api/setup`)).json()).needed).toBe(false);

    // Create an assignment in the dashboard.
    await ip.locator('select[name="case"] option[value="wound-care"]').waitFor({ state: 'attached' });
    await expectNoSeriousAxe(ip, 'dashboard (empty)');
    await ip.fill('input[name="title"]', TITLE);
    await ip.fill('textarea[name="instructions"]', 'Practise reflections. <b>Not bold</b>');
    await ip.selectOption('select[name="case"]', 'wound-care');
    await ip.selectOption('select[name="lang"]', 'en');
    await ip.selectOption('select[name="preset"]', 'cooperative');
    await ip.fill('input[name="minTurns"]', '3');
    await ip.fill('input[name="target-pctOpenQuestions"]', '50');
    await ip.getByRole('button', { name: 'Create assignment' }).click();
    const codeEl = ip.getByTestId('share-code');
    await codeEl.waitFor();
    const code = (await codeEl.textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4,}$/);
    expect(await ip.locator('[data-testid="share"] a').textContent()).toBe(`${url}/a/${code}`);
    await ip.locator('td', { hasText: code }).waitFor();
    await expectNoSeriousAxe(ip, 'dashboard');
    await screenshot(ip, 'homework-dashboard.png', true);
    const [assignment] = await (await ictx.request.get(`${url}/api/assignments`)).json();
    expect(assignment).toMatchObject({ title: TITLE, code, minTurns: 3, preset: 'cooperative', lang: 'en' });
    expect(assignment.targets).toEqual({ pctOpenQuestions: 50 });
    // The admin adds another instructor from the dashboard.
    await ip.fill('input[name="user-name"]', 'Ola Instructor');
    await ip.fill('input[name="user-email"]', 'ola@example.org');
    await ip.fill('input[name="user-password"]', PASSWORD);
    await ip.getByRole('button', { name: 'Add account' }).click();
    await ip.locator('[data-testid="users"] th', { hasText: 'Ola Instructor' }).waitFor();
    expect(await ip.locator('[data-testid="users"] tbody tr').count()).toBe(2);

    // Trainee 1 submits on time.
    const t1 = await live.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const r1 = await traineeSubmits(t1, url, code, 'Ada Trainee', true);
    expect(await r1.locator('.badge-late').count()).toBe(0);
    await expectNoSeriousAxe(r1, 'receipt');

    // The due date passes (moved into the past through the API), then trainee 2 submits: late, not lost.
    const csrf = (await (await ictx.request.get(`${url}/api/auth/csrf`)).json()).token as string;
    const patched = await ictx.request.patch(`${url}/api/assignments/${assignment.id}`, {
      headers: { 'x-csrf-token': csrf },
      data: { dueAt: new Date(Date.now() - 3600_000).toISOString() },
    });
    expect(patched.status(), await patched.text()).toBe(200);
    const t2 = await live.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const r2 = await traineeSubmits(t2, url, code, 'Bo Trainee', false);
    expect(await r2.locator('.badge-late').textContent()).toBe('Late');

    // Review: both submissions, the second marked late.
    await ip.getByRole('link', { name: TITLE }).click();
    await waitForPath(ip, '/instructor/assignments/');
    const rows = ip.locator('[data-testid="submissions"] tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await ip.locator('tr[data-late="true"] th').textContent()).toBe('Bo Trainee');
    expect(await ip.locator('tr[data-late="false"] th').textContent()).toBe('Ada Trainee');
    await expectNoSeriousAxe(ip, 'assignment review');
    await screenshot(ip, 'homework-review.png', true);

    // The CSV export link returns one row per submission.
    const csvHref = (await ip.getByTestId('export-csv').getAttribute('href')) ?? '';
    const csv = await ictx.request.get(`${url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes('Ada Trainee'))).toBe(true);
    expect(lines.some((l) => l.includes('Bo Trainee'))).toBe(true);
    // Not without the login.
    expect((await t1.request.get(`${url}${csvHref}`)).status()).toBe(401);
    // The zip button downloads every submission's JSON and transcript and the CSV.
    const [download] = await Promise.all([ip.waitForEvent('download'), ip.getByTestId('export-zip').click()]);
    expect(download.suggestedFilename()).toBe(`changetalk-${code}.zip`);
    const zipped = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(zipped).sort()).toEqual(
      [
        `changetalk-${code}.csv`,
        '01-ada-trainee.json',
        '01-ada-trainee.txt',
        '02-bo-trainee.json',
        '02-bo-trainee.txt',
      ].sort(),
    );
    expect(strFromU8(zipped['01-ada-trainee.txt'] as Uint8Array)).toContain(TURNS[1]);

    // Open Ada's submission: the coded transcript, a comment on turn 2 and an overall comment.
    await ip.getByRole('link', { name: 'Ada Trainee' }).click();
    await waitForPath(ip, '/instructor/submissions/');
    await ip.locator('.report .transcript .msg-counsellor').nth(2).waitFor();
    expect(await ip.locator('.report .transcript .msg-counsellor .chip[data-code]').count()).toBe(3);
    // The turn comment is written beside the turn, in the transcript.
    await ip.locator('.msg-note[data-turn="2"] summary', { hasText: 'Comment on turn 2' }).click();
    await ip.fill('textarea[name="comment-turn-2"]', COMMENT);
    await ip.getByTestId('turn-comment-form-2').getByRole('button', { name: 'Add comment' }).click();
    await ip.locator('.msg-note[data-turn="2"] .hw-comment').waitFor();
    expect(await ip.locator('.msg-note[data-turn="2"] .hw-comment-text').textContent()).toBe(COMMENT);
    // Right after the counsellor's words of turn 2.
    expect(
      await ip.locator('.report .msg-counsellor[data-turn="2"] + .msg-note .hw-comment-text').textContent(),
    ).toBe(COMMENT);
    await ip.fill('textarea[name="comment"]', OVERALL);
    await ip.getByTestId('comment-form').getByRole('button', { name: 'Add comment' }).click();
    await ip.locator('.hw-comment[data-turn="overall"]').waitFor();
    await expectNoSeriousAxe(ip, 'submission review');
    await screenshot(ip, 'homework-submission.png', true);

    // The trainee sees both comments on the receipt page, the turn comment inline beside the words it is about.
    await r1.reload();
    const turnComment = r1.locator('.report .msg-counsellor[data-turn="2"] + .msg-note .hw-comment');
    await turnComment.waitFor();
    expect(await turnComment.locator('.hw-comment-text').textContent()).toBe(COMMENT);
    expect(await r1.locator('.msg-note form').count()).toBe(0);
    expect(await r1.locator('.hw-comment[data-turn="overall"] .hw-comment-text').textContent()).toBe(OVERALL);
    await expectNoSeriousAxe(r1, 'receipt with comments');
    await screenshot(r1, 'homework-receipt.png', true);
    // The other trainee sees none of them; the receipt is in this browser's list for the assignment.
    await r2.reload();
    await r2.getByTestId('receipt-meta').waitFor();
    expect(await r2.locator('.hw-comment').count()).toBe(0);
    await r1.goto(`${url}/a/${code}`);
    await r1.getByRole('link', { name: 'Receipt and feedback' }).waitFor();

    // The instructor deletes Bo's submission (asked twice); Bo's receipt no longer opens.
    await ip.getByRole('link', { name: `Back to ${TITLE}` }).click();
    await ip.getByRole('link', { name: 'Bo Trainee' }).click();
    await ip.locator('h1', { hasText: 'Submission by Bo Trainee' }).waitFor();
    const del = ip.getByRole('button', { name: 'Delete this submission' });
    await del.click();
    await ip.locator('#delete-confirm').waitFor();
    await del.click();
    await ip.locator('h1', { hasText: TITLE }).waitFor();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await r2.reload();
    await r2.getByRole('alert').waitFor();
    expect(await r2.locator('.hw-comment, .report').count()).toBe(0);

    // Edit every setting in the form; Ada's submission keeps the settings it was done under.
    await ip.locator('[data-testid="edit-assignment"] summary').click();
    const edit = ip.getByTestId('edit-form');
    expect(await edit.locator('input[name="title"]').inputValue()).toBe(TITLE);
    expect(await edit.locator('input[name="minTurns"]').inputValue()).toBe('3');
    await edit.locator('input[name="title"]').fill(TIMED_TITLE);
    await edit.locator('textarea[name="instructions"]').fill('Ten minutes, no more.');
    await edit.locator('select[name="lang"]').selectOption('nb');
    await edit.locator('select[name="preset"]').selectOption('resistant');
    await edit.locator('input[name="hints"]').uncheck();
    await edit.locator('input[name="length"][value="time"]').check();
    await edit.locator('input[name="timeLimitMinutes"]').fill('10');
    await edit.locator('input[name="target-pctOpenQuestions"]').fill('');
    await edit.locator('input[name="target-rq"]').fill('1,5');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await ip.locator('h1', { hasText: TIMED_TITLE }).waitFor();
    await edit.getByRole('status').waitFor();
    const edited = await (await ictx.request.get(`${url}/api/assignments/${assignment.id}`)).json();
    expect(edited).toMatchObject({
      title: TIMED_TITLE,
      instructions: 'Ten minutes, no more.',
      lang: 'nb',
      preset: 'resistant',
      hints: false,
      minTurns: null,
      timeLimitMinutes: 10,
      targets: { rq: 1.5 },
    });
    expect(edited.targets.pctOpenQuestions).toBeUndefined();
    await expectNoSeriousAxe(ip, 'assignment edit form');
    await screenshot(ip, 'homework-edit.png', true);
    const [ada] = await (
      await ictx.request.get(`${url}/api/assignments/${assignment.id}/submissions`)
    ).json();
    const kept = await (await ictx.request.get(`${url}/api/submissions/${ada.id}`)).json();
    expect(kept.assignment).toMatchObject({ title: TITLE, minTurns: 3, preset: 'cooperative', lang: 'en' });

    // A trainee of the now timed assignment sees the countdown; when time is up the input stops, submit stays.
    const t3 = await live.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const p3 = await t3.newPage();
    await p3.clock.install();
    await p3.goto(`${url}/a/${code}`);
    await p3.fill('input[name="displayName"]', 'Cy Trainee');
    await p3.getByRole('button', { name: 'Start practising' }).click();
    await waitForPath(p3, '/homework/');
    const countdown = p3.getByTestId('countdown');
    await countdown.waitFor();
    expect(await countdown.locator('[role="timer"]').textContent()).toMatch(/^Time left: (10:00|9:5\d)$/);
    await p3.locator('.chat-log .msg-client').first().waitFor();
    await sendTurn(p3, 'Hva tenker du om det?');
    await expectNoSeriousAxe(p3, 'timed homework practice');
    await screenshot(p3, 'homework-countdown.png');
    await p3.clock.fastForward('05:10');
    await p3.getByText('5 minutes left').waitFor({ state: 'attached' });
    await p3.clock.fastForward('05:00');
    await p3.getByTestId('time-up').waitFor();
    expect(await p3.getByTestId('time-up').textContent()).toContain('Time is up');
    expect(await p3.locator('#msg').isDisabled()).toBe(true);
    expect(await countdown.count()).toBe(0);
    await p3.getByRole('button', { name: 'Submit' }).waitFor();
    await screenshot(p3, 'homework-time-up.png');
    await t3.close();

    // Log out, and back in through the login page.
    await ip.getByRole('button', { name: 'Log out' }).click();
    await waitForPath(ip, '/login');
    await ip.locator('input[name="email"]').waitFor();
    expect(await ip.getByRole('link', { name: 'Set up the first account' }).count()).toBe(0);
    await expectNoSeriousAxe(ip, 'login page');
    await ip.fill('input[name="email"]', 'ina@example.org');
    await ip.fill('input[name="password"]', 'wrong password!');
    await ip.getByRole('button', { name: 'Log in' }).click();
    await ip.getByRole('alert').getByText('The email or the password is wrong.').waitFor();
    await ip.fill('input[name="password"]', PASSWORD);
    await ip.getByRole('button', { name: 'Log in' }).click();
    await waitForPath(ip, '/instructor');
    await ip.locator('td', { hasText: code }).waitFor();

    // Instructions with markup show as text.
    expect(await r1.locator('b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await Promise.all([ictx.close(), t1.close(), t2.close()]);
  }, 150_000);
});
