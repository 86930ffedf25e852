/**
 * A class demonstration in real Chromium: a presenter (desktop, projector-sized) and three students (separate
 * contexts, phone viewport). Join by code, turns arrive live, tags are counted on the presenter page, a
 * suggestion is sent and used as the next turn, a student cannot send a turn, a removed student sees it and is
 * disconnected, and the presenter branches from an earlier turn into a new room. The presenter shows a QR
 * code, a phone joins by the `?code=` link and keeps its seat over a reload, and the report shows the class's
 * tags. axe on every page; writes docs/screenshots/presenter.png, join-phone.png and report-class-tags.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeSerious, browserAndServer, hasChromium, screenshot, waitForPath } from './helpers.js';

/** The student page's socket, exposed by the join page (client/src/api/rooms.ts) so tests can act as a cheat. */
interface RoomSocketGlobals {
  __changetalkRoomSocket?: {
    connected: boolean;
    emit(event: string, payload: unknown): void;
    once(event: string, fn: (payload: { code: string; event?: string }) => void): void;
  };
}

async function expectNoSeriousAxe(page: Page, where: string) {
  const violations = await axeSerious(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe.skipIf(!hasChromium)('web client: a class demonstration with a presenter and three phones', () => {
  const live = browserAndServer('changetalk-room-browser-');
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
  });

  async function phone(): Promise<Page> {
    const context = await live.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    contexts.push(context);
    return context.newPage();
  }

  it('runs a live room from the practice view to branching', async () => {
    const presenterContext = await live.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-GB',
    });
    contexts.push(presenterContext);
    const presenter = await presenterContext.newPage();
    const dialogs: string[] = [];
    presenter.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    // The presenter starts a practice session and presents it from the practice view.
    await presenter.goto(live.server.url);
    await presenter.locator('[data-case="wound-care"] button').click();
    await waitForPath(presenter, '/practice/');
    await presenter.locator('.chat-log .msg-client').first().waitFor();
    const sessionId = new URL(presenter.url()).pathname.split('/').pop() ?? '';
    await presenter.getByRole('link', { name: 'Present to a class' }).click();
    await waitForPath(presenter, `/present/${sessionId}`);
    const codeEl = presenter.locator('[data-testid="room-code"]');
    await codeEl.waitFor();
    const code = (await codeEl.textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await presenter.locator('[data-testid="join-url"]').textContent()).toBe(
      `${live.server.url}/join?code=${code}`,
    );
    // A QR code of the same address, drawn by the server, with alt text naming it.
    const qr = presenter.locator('[data-testid="join-qr"]');
    expect(await qr.getAttribute('alt')).toContain(`${live.server.url}/join?code=${code}`);
    type Img = { naturalWidth: number } | null;
    await presenter.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): Img } }).document;
      return (doc.querySelector('[data-testid="join-qr"]')?.naturalWidth ?? 0) > 0;
    });
    expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(250);
    // Hidden at first: no codes, no scores, no client state on the projector.
    for (const k of ['codes', 'gauges', 'state']) {
      expect(await presenter.locator(`[data-testid="reveal-${k}"]`).isChecked()).toBe(false);
    }

    // Three students: one follows the join link, two type the code (lower case is fine).
    const names = ['Ada', 'Bo', 'Cai'];
    const students: Page[] = [];
    for (const [i, name] of names.entries()) {
      const page = await phone();
      if (i === 0) {
        await page.goto(`${live.server.url}/join?code=${code}`);
        await page.locator('#join-code').waitFor();
        expect(await page.locator('#join-code').inputValue()).toBe(code);
      } else {
        await page.goto(`${live.server.url}/join`);
        if (i === 1) {
          // A wrong code says so, in words a student understands.
          await page.locator('#join-code').fill('ZZZZZZ');
          await page.locator('#join-name').fill(name);
          await page.getByRole('button', { name: 'Join' }).click();
          expect(await page.locator('[data-error="not_found"]').textContent()).toContain(
            'No live room has that code',
          );
        }
        await page.locator('#join-code').fill(code.toLowerCase());
      }
      await page.locator('#join-name').fill(name);
      await page.getByRole('button', { name: 'Join' }).click();
      await page.locator('[data-testid="joined-as"]').waitFor();
      expect(await page.locator('[data-testid="joined-as"]').textContent()).toContain(name);
      students.push(page);
    }
    const [ada, bo, cai] = students as [Page, Page, Page];
    await presenter.locator('[data-testid="participant-count"][data-count="3"]').waitFor();
    expect(await presenter.locator('.participants li').allTextContents()).toEqual(
      names.map((n) => `${n}Remove`),
    );

    // Ada's phone reloads: the tab kept her seat, so she is back as Ada, not as a fourth participant.
    await ada.reload();
    await ada.locator('[data-testid="joined-as"]').waitFor();
    expect(await ada.locator('[data-testid="joined-as"]').textContent()).toContain('Ada');
    await presenter.locator('[data-testid="participant-count"][data-count="3"]').waitFor();
    expect((await presenter.locator('.participants li').allTextContents()).sort()).toEqual(
      names.map((n) => `${n}Remove`),
    );

    // Students have no way to take a turn: no composer on the join page.
    expect(await ada.locator('#msg, #present-msg, .composer').count()).toBe(0);

    // The presenter takes a turn; it arrives on every phone, without codes (hidden).
    await presenter.locator('#present-msg').fill('What brings you here today?');
    await presenter.keyboard.press('Enter');
    for (const page of students) {
      await page.locator('.join-turn[data-turn="1"] .room-client .room-text').waitFor({ timeout: 15_000 });
      expect(await page.locator('.join-turn[data-turn="1"] .room-counsellor .room-text').textContent()).toBe(
        'What brings you here today?',
      );
      expect(await page.locator('.join-turn [data-code]').count()).toBe(0);
    }
    await presenter.locator('.room-turn[data-turn="1"] .room-client').waitFor();

    // The class tags the client turn and the counsellor turn; the presenter sees the counts.
    const tag = (page: Page, speaker: string, t: string, turn = 1) =>
      page
        .locator(
          `.join-turn[data-turn="${turn}"] fieldset[data-speaker="${speaker}"] button[data-tag="${t}"]`,
        )
        .click();
    await tag(ada, 'client', 'CHANGE');
    await tag(bo, 'client', 'CHANGE');
    await tag(cai, 'client', 'SUSTAIN');
    await tag(ada, 'counsellor', 'openQuestion');
    await tag(bo, 'counsellor', 'openQuestion');
    expect(
      await ada.locator('.join-turn[data-turn="1"] button[data-tag="CHANGE"]').getAttribute('aria-pressed'),
    ).toBe('true');
    const clientTally = presenter.locator('.room-turn[data-turn="1"] .tally[data-kind="client"]');
    await presenter.locator('.room-turn[data-turn="1"] .tally[data-kind="client"][data-total="3"]').waitFor();
    expect(await clientTally.locator('[data-tag="CHANGE"]').getAttribute('data-count')).toBe('2');
    expect(await clientTally.locator('[data-tag="SUSTAIN"]').getAttribute('data-count')).toBe('1');
    await presenter
      .locator(
        '.room-turn[data-turn="1"] .tally[data-kind="counsellor"] [data-tag="openQuestion"][data-count="2"]',
      )
      .waitFor();
    // The coder's code and the agreement appear only once codes are revealed, on the projector and the phones.
    expect(await presenter.locator('.agreement').count()).toBe(0);
    await presenter.locator('[data-testid="reveal-codes"]').check();
    await presenter.locator('.room-turn[data-turn="1"] .tally[data-kind="counsellor"] .agreement').waitFor();
    expect(
      await presenter.locator('.room-turn[data-turn="1"] .chip[data-code="QUESTION_OPEN"]').count(),
    ).toBe(1);
    await presenter.locator('[data-testid="reveal-state"]').check();
    await presenter.locator('[data-testid="client-state"]').waitFor();
    await presenter.locator('[data-testid="reveal-gauges"]').check();
    await presenter.locator('.present-side .gauges').waitFor();

    // A student cannot take a turn even by talking to the socket directly: the server refuses it.
    const refused = await cai.evaluate(
      () =>
        new Promise<{ code: string; event?: string }>((resolve) => {
          const s = (globalThis as unknown as RoomSocketGlobals).__changetalkRoomSocket;
          if (!s) throw new Error('no room socket');
          s.once('error', resolve);
          s.emit('turn:send', { text: 'I want to say something too' });
        }),
    );
    expect(refused.code).toBe('forbidden');

    // Ask the room: a student suggests, the presenter sees it coded and uses it as the next turn.
    await presenter.locator('[data-testid="ask"]').click();
    await bo.locator('#suggest').waitFor();
    const suggestion = 'So the wound has been bothering you, and you wonder whether it is worth the trip.';
    await bo.locator('#suggest').fill(suggestion);
    await bo.getByRole('button', { name: 'Send suggestion' }).click();
    await bo.locator('[data-testid="suggest-sent"]').waitFor();
    const item = presenter.locator('.suggestion', { hasText: suggestion });
    await item.waitFor();
    expect(await item.getAttribute('data-code')).toMatch(/^[A-Z_]+$/);
    expect(await item.textContent()).toContain('Bo');
    await item.getByRole('button', { name: "Use as next turn: Bo's suggestion" }).click();
    for (const page of students) {
      await page.locator('.join-turn[data-turn="2"] .room-client .room-text').waitFor({ timeout: 15_000 });
      expect(await page.locator('.join-turn[data-turn="2"] .room-counsellor .room-text').textContent()).toBe(
        suggestion,
      );
      // Codes are revealed now: the phones show them too.
      expect(await page.locator('.join-turn[data-turn="2"] .room-counsellor .chip[data-code]').count()).toBe(
        1,
      );
    }
    await presenter.locator('.room-turn[data-turn="2"] .room-client').waitFor();
    await tag(ada, 'client', 'NEUTRAL', 2);
    await tag(bo, 'counsellor', 'reflection', 2);
    await presenter
      .locator('.room-turn[data-turn="2"] .tally[data-kind="client"] [data-tag="NEUTRAL"][data-count="1"]')
      .waitFor();
    await presenter
      .locator(
        '.room-turn[data-turn="2"] .tally[data-kind="counsellor"] [data-tag="reflection"][data-count="1"]',
      )
      .waitFor();
    // Turn 1's tallies are unchanged by tagging turn 2.
    expect(await clientTally.locator('[data-tag="CHANGE"]').getAttribute('data-count')).toBe('2');

    // Pause: the phones say so; resume clears it.
    await presenter.locator('[data-testid="pause"]').click();
    await ada.locator('[data-testid="paused"]').waitFor();
    await presenter.locator('[data-testid="paused-badge"]').waitFor();

    // Remove Cai: the phone says so and its socket is gone; the presenter's list shrinks.
    await presenter.getByRole('button', { name: 'Remove Cai' }).click();
    await cai.locator('[data-testid="removed"]').waitFor();
    await cai.waitForFunction(
      () => (globalThis as unknown as RoomSocketGlobals).__changetalkRoomSocket?.connected === false,
    );
    await presenter.locator('[data-testid="participant-count"][data-count="2"]').waitFor();
    await expectNoSeriousAxe(cai, 'join page (removed)');

    await presenter.locator('[data-testid="pause"]').click();
    await ada.locator('[data-testid="paused"]').waitFor({ state: 'detached' });

    // Asking ends: the suggestion box goes away on the phones.
    await presenter.locator('[data-testid="ask"]').click();
    await ada.locator('#suggest').waitFor({ state: 'detached' });

    await expectNoSeriousAxe(ada, 'join page (joined)');
    await expectNoSeriousAxe(presenter, 'presenter');
    await ada.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    await screenshot(ada, 'join-phone.png');
    await presenter.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    await screenshot(presenter, 'presenter.png', true);

    // The demonstration's report shows the class's tags beside the coder's codes (Cai's tags stay counted).
    const report = await presenterContext.newPage();
    await report.goto(`${live.server.url}/sessions/${sessionId}`);
    const classTags = report.locator('[data-testid="class-tags"]');
    await classTags.waitFor();
    const row1 = classTags.locator('tr[data-turn="1"][data-speaker="client"]');
    expect(await row1.getAttribute('data-total')).toBe('3');
    expect(await row1.locator('[data-tag="CHANGE"]').getAttribute('data-count')).toBe('2');
    expect(await row1.locator('[data-tag="SUSTAIN"]').getAttribute('data-count')).toBe('1');
    expect(
      await classTags
        .locator('tr[data-turn="1"][data-speaker="counsellor"] [data-tag="openQuestion"]')
        .getAttribute('data-count'),
    ).toBe('2');
    expect(await row1.locator('.agreement').getAttribute('data-agreement')).toMatch(/^(0|0\.33|0\.67)$/);
    await expectNoSeriousAxe(report, 'report with class tags');
    await classTags.scrollIntoViewIfNeeded();
    await screenshot(report, 'report-class-tags.png');
    await report.close();

    // Branch from turn 1: a new session with the first turn, presented in a new room with a new code.
    await presenter.locator('[data-testid="branch-1"]').click();
    await presenter.waitForFunction(
      (old) => !(globalThis as unknown as { location: { pathname: string } }).location.pathname.endsWith(old),
      sessionId,
    );
    expect(new URL(presenter.url()).pathname).toMatch(/^\/present\//);
    await presenter.locator('[data-testid="room-code"]').waitFor();
    await presenter.waitForFunction(
      (old) =>
        (
          globalThis as unknown as RoomSocketGlobals & {
            document: { querySelector(s: string): { textContent: string } | null };
          }
        ).document.querySelector('[data-testid="room-code"]')?.textContent !== old,
      code,
    );
    await presenter.locator('.room-turn[data-turn="1"]').waitFor();
    expect(await presenter.locator('.room-turn').count()).toBe(1);
    expect(await presenter.locator('[data-testid="participant-count"]').getAttribute('data-count')).toBe('0');
    expect(dialogs).toEqual([]);
  }, 90_000);
});
