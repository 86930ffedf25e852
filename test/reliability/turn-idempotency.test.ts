/**
 * Issue 18 ("Also"): a turn that was stored but whose answer was lost (a crash, a dropped connection) must not
 * be added twice when the client retries. The turn's number is its idempotency key, on both transports.
 */
import { describe, expect, it } from 'vitest';
import { liveApp } from '../helpers/live-app.js';
import { nextEvent } from '../helpers/socket-client.js';

const live = liveApp();

async function started() {
  const res = await live.t.app.inject({
    method: 'POST',
    url: '/api/sessions',
    payload: { caseId: 'daily-walk', lang: 'en', seed: 5 },
  });
  return res.json() as { id: string; token: string };
}

describe('turn numbers as idempotency keys', () => {
  it('over HTTP: a retry gets the stored turn back, another text for it is refused', async () => {
    const { id, token } = await started();
    const turn = (text: string, n?: number) =>
      live.t.app.inject({
        method: 'POST',
        url: `/api/sessions/${id}/turns`,
        headers: { authorization: `Bearer ${token}` },
        payload: { text, ...(n === undefined ? {} : { turn: n }) },
      });
    const first = await turn('What brings you here today?', 1);
    expect(first.statusCode).toBe(200);
    const retry = await turn('What brings you here today?', 1);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().turn).toEqual(first.json().turn);
    expect(retry.json().report).toEqual(first.json().report);
    const other = await turn('Something else entirely?', 1);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('not_your_turn');
    const ahead = await turn('Too far ahead?', 3);
    expect(ahead.json().error.code).toBe('bad_request');
    const second = await turn('What would help?', 2);
    expect(second.json().turn.turn).toBe(2);
    const view = await live.t.app.inject({
      url: `/api/sessions/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.json().turns.map((t: { turn: number }) => t.turn)).toEqual([1, 2]);
  });

  it('over socket.io: a resent turn is answered again, not taken twice', async () => {
    const s = await live.socket();
    const begun = nextEvent<{ id: string; token: string }>(s, 'session:started');
    s.emit('session:start', { caseId: 'daily-walk', lang: 'nb', seed: 6 });
    const { id, token } = await begun;
    const first = nextEvent<{ turn: number; client: { text: string } }>(s, 'turn:reply');
    s.emit('turn:send', { text: 'Hva får deg til å tenke på å gå mer?', turn: 1 });
    const a = await first;
    const again = nextEvent<{ turn: number; client: { text: string } }>(s, 'turn:reply');
    s.emit('turn:send', { text: 'Hva får deg til å tenke på å gå mer?', turn: 1 });
    const b = await again;
    expect(b).toEqual(a);
    const view = await live.t.app.inject({
      url: `/api/sessions/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.json().turns).toHaveLength(1);
  });
});
