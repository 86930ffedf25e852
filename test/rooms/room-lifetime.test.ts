/**
 * Issue 18, point 15: live rooms are freed. A room closes when its session ends or is deleted and after an idle
 * time without a presenter; its students get `room:closed`, its code answers `not_found` and its QR code 404.
 * Opening rooms is limited per address. Real apps on port 0 and real socket.io clients, on the memory store and
 * on Redis (TEST_REDIS_URL).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { listen, testApp } from '../helpers/test-app.js';
import { roomBackends } from './room-backends.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

describe.each(roomBackends())('the lifetime of a live room ($name store)', (backend) => {
  async function app(opts: { roomIdleMs?: number } = {}) {
    const fresh = backend.fresh();
    cleanups.push(fresh.cleanup);
    const t = await testApp(fresh.env, opts);
    cleanups.push(t.close);
    const url = await listen(t.app);
    const socket = async () => {
      const s = await connectSocket(url);
      cleanups.push(() => {
        s.close();
      });
      return s;
    };
    return { t, url, socket };
  }
  type App = Awaited<ReturnType<typeof app>>;

  async function openRoom(a: App, presenter?: TestSocket) {
    const p = presenter ?? (await a.socket());
    const started = nextEvent<{ id: string; token: string }>(p, 'session:started');
    p.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 5 });
    const { id, token } = await started;
    const opened = nextEvent<{ code: string }>(p, 'room:opened');
    p.emit('room:open', { id, token });
    return { presenter: p, id, token, code: (await opened).code };
  }

  async function join(a: App, code: string) {
    const s = await a.socket();
    const joined = nextEvent(s, 'room:joined');
    s.emit('room:join', { code, name: 'Kim' });
    await joined;
    return s;
  }

  async function expectGone(a: App, code: string) {
    const qr = await a.t.app.inject({ url: `/api/rooms/${code}/qr.svg` });
    expect(qr.statusCode).toBe(404);
    expect(qr.json().error.code).toBe('not_found');
    const s = await a.socket();
    const refused = nextEvent<{ code: string; event: string }>(s, 'error');
    s.emit('room:join', { code, name: 'Late' });
    expect(await refused).toMatchObject({ code: 'not_found', event: 'room:join' });
  }

  it("closes a deleted session's room: no QR code, the code answers not_found", async () => {
    const a = await app();
    const { id, token, code } = await openRoom(a);
    expect((await a.t.app.inject({ url: `/api/rooms/${code}/qr.svg` })).statusCode).toBe(200);
    const student = await join(a, code);
    const closed = nextEvent<{ reason: string }>(student, 'room:closed');
    const del = await a.t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(del.statusCode).toBeLessThan(300);
    expect((await closed).reason.length).toBeGreaterThan(0);
    await expectGone(a, code);
  });

  it("closes an ended session's room the same way", async () => {
    const a = await app();
    const { id, token, code } = await openRoom(a);
    const student = await join(a, code);
    const closed = nextEvent(student, 'room:closed');
    const end = await a.t.app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/end`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(end.statusCode).toBe(200);
    await closed;
    await expectGone(a, code);
  });

  it('closes a room after the idle time without a presenter, not while one is there', async () => {
    const a = await app({ roomIdleMs: 300 });
    const { presenter, code } = await openRoom(a);
    const student = await join(a, code);
    await new Promise((r) => setTimeout(r, 900));
    // The presenter is still connected: the room stays.
    expect((await a.t.app.inject({ url: `/api/rooms/${code}/qr.svg` })).statusCode).toBe(200);
    const closed = nextEvent(student, 'room:closed', 3_000);
    presenter.close();
    await closed;
    await expectGone(a, code);
  });

  it('limits how many rooms one address opens', async () => {
    const a = await app();
    const presenter = await a.socket();
    for (let i = 0; i < 20; i++) await openRoom(a, presenter);
    const started = nextEvent<{ id: string; token: string }>(presenter, 'session:started');
    presenter.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 5 });
    const { id, token } = await started;
    const refused = nextEvent<{ code: string; event: string }>(presenter, 'error');
    presenter.emit('room:open', { id, token });
    expect(await refused).toMatchObject({ code: 'rate_limited', event: 'room:open' });
  });
});
