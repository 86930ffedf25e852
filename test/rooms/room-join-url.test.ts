/** The join address a room hands out (PUBLIC_URL, else the Host) and its QR code at /api/rooms/:code/qr.svg. */
import { afterEach, describe, expect, it } from 'vitest';
import { joinQrSvg } from '../../server/rooms/join-url.js';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { listen, testApp } from '../helpers/test-app.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function openRoom(env: Record<string, string> = {}) {
  const t = await testApp(env);
  cleanup.push(() => t.close());
  const url = await listen(t.app);
  const presenter: TestSocket = await connectSocket(url);
  cleanup.push(() => {
    presenter.close();
  });
  const started = nextEvent<{ id: string; token: string }>(presenter, 'session:started');
  presenter.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 3 });
  const { id, token } = await started;
  const opened = nextEvent<{ code: string; joinPath: string; joinUrl: string }>(presenter, 'room:opened');
  presenter.emit('room:open', { id, token });
  return { t, url, ...(await opened) };
}

describe('the join address and QR code of a room', () => {
  it('uses PUBLIC_URL for the join link and the QR code when it is set', async () => {
    const { t, code, joinPath, joinUrl } = await openRoom({ PUBLIC_URL: 'https://mi.example.org/' });
    expect(joinPath).toBe(`/join?code=${code}`);
    expect(joinUrl).toBe(`https://mi.example.org/join?code=${code}`);
    const qr = await t.app.inject({ url: `/api/rooms/${code.toLowerCase()}/qr.svg` });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg[^>]*viewBox/);
    // The same picture as encoding the PUBLIC_URL address: the phone's camera opens that page.
    expect(qr.body).toBe(await joinQrSvg(`https://mi.example.org/join?code=${code}`));
  });

  it("falls back to the request's host and protocol without PUBLIC_URL (a trusted proxy's protocol)", async () => {
    const { t, url, code, joinUrl } = await openRoom({ TRUST_PROXY: 'loopback' });
    expect(joinUrl).toBe(`${url}/join?code=${code}`);
    const qr = await t.app.inject({
      url: `/api/rooms/${code}/qr.svg`,
      headers: { host: 'classroom.local:3000', 'x-forwarded-proto': 'https' },
    });
    expect(qr.body).toBe(await joinQrSvg(`https://classroom.local:3000/join?code=${code}`));
  });

  it('believes no X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    const { t, code } = await openRoom();
    const qr = await t.app.inject({
      url: `/api/rooms/${code}/qr.svg`,
      headers: { host: 'classroom.local:3000', 'x-forwarded-proto': 'https' },
    });
    expect(qr.body).toBe(await joinQrSvg(`http://classroom.local:3000/join?code=${code}`));
  });

  it('answers 404 not_found for an unknown room and 400 for a malformed code', async () => {
    const { t } = await openRoom();
    const unknown = await t.app.inject({ url: '/api/rooms/ZZZZZZ/qr.svg' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const bad = await t.app.inject({ url: '/api/rooms/0O1/qr.svg' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });
});
