/**
 * Issue 18, points 13, 16 and 5 (socket side): nothing is served before an accepted hello; an unknown event is
 * answered with an error naming it; a turn of only invisible characters is `message_empty` and stores nothing;
 * NUL and lone surrogates are refused before they reach storage. Real socket.io clients, a real app.
 */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../server/protocol/index.js';
import { liveApp } from '../helpers/live-app.js';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';

const live = liveApp();
type ErrorEvent = { code: string; event?: string };

async function bare(): Promise<TestSocket> {
  const url = `http://127.0.0.1:${(live.t.app.server.address() as { port: number }).port}`;
  return connectSocket(url, { hello: false });
}

describe('the socket handshake', () => {
  it('refuses session:start and turn:send before hello', async () => {
    const s = await bare();
    try {
      const first = nextEvent<ErrorEvent>(s, 'error');
      s.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
      expect(await first).toMatchObject({ code: 'bad_request', event: 'session:start' });
      const second = nextEvent<ErrorEvent>(s, 'error');
      s.emit('turn:send', { text: 'hello?' });
      expect(await second).toMatchObject({ code: 'bad_request', event: 'turn:send' });
    } finally {
      s.close();
    }
  });

  it('refuses them after a refused hello', async () => {
    const s = await bare();
    try {
      const refused = nextEvent<ErrorEvent>(s, 'error');
      s.emit('hello', { protocol: PROTOCOL_VERSION + 99 });
      expect(await refused).toMatchObject({ code: 'protocol_version' });
      const next = nextEvent<ErrorEvent>(s, 'error');
      s.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
      expect(await next).toMatchObject({ code: 'bad_request', event: 'session:start' });
    } finally {
      s.close();
    }
  });

  it('serves a start sent right behind hello, as the web client does', async () => {
    const s = await bare();
    try {
      const started = nextEvent(s, 'session:started');
      s.emit('hello', { protocol: PROTOCOL_VERSION });
      s.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
      await started;
    } finally {
      s.close();
    }
  });

  it('answers an unknown event with an error naming it', async () => {
    const s = await live.socket();
    const err = nextEvent<ErrorEvent>(s, 'error');
    s.emit('session:hack', { x: 1 });
    expect(await err).toMatchObject({ code: 'bad_request', event: 'session:hack' });
  });
});

describe('turns the store must never see', () => {
  it('refuses a turn of only invisible characters as message_empty and stores nothing', async () => {
    const s = await live.socket();
    const started = nextEvent<{ id: string; token: string }>(s, 'session:started');
    s.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
    const { id, token } = await started;
    for (const text of ['\u200b\u200b\u200b', '\u2060\ufeff', ' \u200d\u200c ']) {
      const err = nextEvent<ErrorEvent>(s, 'error');
      s.emit('turn:send', { text });
      expect(await err).toMatchObject({ code: 'message_empty', event: 'turn:send' });
    }
    const res = await live.t.app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/turns`,
      headers: { authorization: `Bearer ${token}` },
      payload: { text: '\u200b\u200b\u200b' },
    });
    expect(res.json().error.code).toBe('message_empty');
    const view = await live.t.app.inject({
      url: `/api/sessions/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.json().turns).toHaveLength(0);
  });

  it.each([['a\u0000b'], ['lone \ud800 high'], ['lone \udc00 low']])(
    'refuses %j over the socket as validation_failed',
    async (text) => {
      const s = await live.socket();
      const started = nextEvent(s, 'session:started');
      s.emit('session:start', { caseId: 'daily-walk', lang: 'en' });
      await started;
      const err = nextEvent<ErrorEvent>(s, 'error');
      s.emit('turn:send', { text });
      expect(await err).toMatchObject({ code: 'validation_failed', event: 'turn:send' });
    },
  );
});
