/**
 * Browser-test helpers: Debian's Chromium through playwright-core (never a downloaded browser), the real app on
 * a temp DATA_DIR, axe-core injected into the page, and screenshots into docs/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { projectRoot } from '../../server/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * The tests compile without the DOM lib (they are Node code); functions run in the page reach its globals
 * through this type: `(globalThis as unknown as PageGlobals).document`.
 */
export interface PageElement {
  textContent: string | null;
  value?: string;
  getAttribute(name: string): string | null;
}
export interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): { length: number };
    documentElement: { lang: string };
  };
  location: { pathname: string };
  axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}

/**
 * Screenshots go to docs/screenshots only when asked (UPDATE_SCREENSHOTS=1): an ordinary run would otherwise
 * leave every PNG modified (pixels differ run to run). Otherwise they land in the temp dir, to look at.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(projectRoot(), 'docs', 'screenshots')
  : join(tmpdir(), 'changetalk-screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Running {
  app: FastifyInstance;
  url: string;
  port: number;
}

/** The real app on DATA_DIR; port 0 picks a free port, a given port is reused (restart tests). */
export async function startServer(dataDir: string, port = 0, replyDelay = 250): Promise<Running> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
  });
  const app = await buildApp(config, { replyDelayMs: () => replyDelay, clientDir: inject('clientDir') });
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, url: `http://127.0.0.1:${address.port}`, port: address.port };
}

/**
 * Chromium and the real app on a temp DATA_DIR for the tests of one describe block, started before them and
 * closed after them. Call inside the describe block.
 */
export function browserAndServer(prefix: string, replyDelay?: number) {
  let browser: Browser | null = null;
  let server: Running | null = null;
  const dir = tempDir(prefix);
  beforeAll(async () => {
    browser = await launch();
    server = await startServer(dir.path, 0, replyDelay);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    dir.remove();
  });
  const running = (): Running => {
    if (!server) throw new Error('browserAndServer: the server is not running');
    return server;
  };
  return {
    get browser(): Browser {
      if (!browser) throw new Error('browserAndServer: used outside a test');
      return browser;
    },
    get server(): Running {
      return running();
    },
    /** Stops the server (the data stays); returns its port. */
    async stopServer(): Promise<number> {
      const { app, port } = running();
      await app.close();
      return port;
    },
    /** Starts the server again on the same data and the given port. */
    async startServerOn(port: number): Promise<void> {
      server = await startServer(dir.path, port, replyDelay);
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/** Runs axe-core in the page (injected by evaluate, so the app's CSP stays on) and returns serious/critical. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as PageGlobals;
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage });
}

/** How long a page may take to show a reply or a route: generous, as the whole suite shares two cores. */
export const PAGE_WAIT_MS = 30_000;

/** Sends one counsellor turn from the composer; returns how many client replies were shown before it. */
export async function sendMessage(page: Page, text: string): Promise<number> {
  const before = await page.locator('.chat-log .msg-client:not(.typing)').count();
  await page.fill('#msg', text);
  await page.keyboard.press('Enter');
  return before;
}

/** Waits until more than `before` finished client replies are shown. */
export async function waitForClientReply(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (globalThis as unknown as PageGlobals).document.querySelectorAll('.chat-log .msg-client:not(.typing)')
        .length > n,
    before,
    { timeout: PAGE_WAIT_MS },
  );
}

/** Sends one counsellor turn from the composer and waits until the client's reply is shown. */
export async function sendTurn(page: Page, text: string): Promise<void> {
  await waitForClientReply(page, await sendMessage(page, text));
}

/** Waits for a client-side route (history.pushState does not fire a load). */
export async function waitForPath(page: Page, prefix: string): Promise<void> {
  await page.waitForFunction(
    (p) => (globalThis as unknown as PageGlobals).location.pathname.startsWith(p),
    prefix,
    { timeout: PAGE_WAIT_MS },
  );
}

/** Presses Tab until the focused element's label, text or aria-label matches, as a keyboard-only user would. */
export async function tabTo(page: Page, text: RegExp, max = 40): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      type El = PageElement & {
        tagName: string;
        labels?: { textContent: string | null }[];
      };
      const el = (globalThis as unknown as { document: { activeElement: El | null } }).document.activeElement;
      if (!el) return '';
      const label = el.labels?.[0]?.textContent ?? '';
      return `${el.tagName} ${label} ${el.getAttribute('aria-label') ?? ''} ${(el.textContent ?? '').slice(0, 60)}`;
    });
    seen.push(focused);
    if (text.test(focused)) return focused;
  }
  throw new Error(`Tab never reached an element matching ${text}; focused: ${seen.join(' | ')}`);
}
