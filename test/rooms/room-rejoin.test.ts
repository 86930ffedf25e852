/**
 * Live rooms with real socket.io clients: a phone that drops its connection comes back as the same
 * participant with its rejoin token (same name, tags not counted twice); a removed participant cannot.
 */
import { describe, expect, it } from 'vitest';
import { liveApp } from '../helpers/live-app.js';
import { eventUntil, nextEvent, type TestSocket } from '../helpers/socket-client.js';

const live = liveApp();
const socket = live.socket;

interface Presenter {
  participants: { id: string; name: string }[];
  tallies: { client: { turn: number; counts: Record<string, number>; total: number }[] };
}

const presenterUntil = (s: TestSocket, check: (p: Presenter) => boolean, ms?: number): Promise<Presenter> =>
  eventUntil<Presenter>(s, 'room:presenter', check, ms);

interface Joined {
  participantId: string;
  name: string;
  rejoin: string;
}

async function join(code: string, name: string, rejoin?: string): Promise<Joined & { s: TestSocket }> {
  const s = await socket();
  const joined = nextEvent<Joined>(s, 'room:joined');
  s.emit('room:join', { code, name, ...(rejoin ? { rejoin } : {}) });
  return { s, ...(await joined) };
}

async function roomWithOneTurn() {
  const presenter = await socket();
  const started = nextEvent<{ id: string; token: string }>(presenter, 'session:started');
  presenter.emit('session:start', { caseId: 'daily-walk', lang: 'nb', seed: 8 });
  const { id, token } = await started;
  const opened = nextEvent<{ code: string }>(presenter, 'room:opened');
  presenter.emit('room:open', { id, token });
  const { code } = await opened;
  const replied = nextEvent(presenter, 'turn:reply');
  presenter.emit('turn:send', { text: 'Hva ville det bety for deg å gå mer?' });
  await replied;
  return { presenter, code, id, token };
}

describe('rejoining a live room', () => {
  it('a student who reconnects with the token is the same participant, and their tag counts once', async () => {
    const { presenter, code, id, token } = await roomWithOneTurn();
    const first = await join(code, 'Ada');
    expect(first.rejoin).toMatch(/^[\w-]{20,}$/);
    const tagged = presenterUntil(presenter, (p) => p.tallies.client[0]?.total === 1);
    first.s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'CHANGE' });
    await tagged;

    const gone = presenterUntil(presenter, (p) => p.participants.length === 0);
    first.s.disconnect();
    await gone;

    // Back on a new connection; the name typed now does not matter, the seat keeps the old one.
    const back = presenterUntil(presenter, (p) => p.participants.length === 1);
    const again = await join(code, 'Someone else', first.rejoin);
    expect(again).toMatchObject({ participantId: first.participantId, name: 'Ada', rejoin: first.rejoin });
    expect((await back).participants).toEqual([{ id: first.participantId, name: 'Ada' }]);

    // Changing the tag after rejoining replaces it: still one tag from Ada, live and in the stored report.
    const retagged = presenterUntil(presenter, (p) => (p.tallies.client[0]?.counts.SUSTAIN ?? 0) === 1);
    again.s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'SUSTAIN' });
    expect((await retagged).tallies.client[0]).toMatchObject({ counts: { SUSTAIN: 1 }, total: 1 });
    const stored = await live.t.app.inject({
      url: `/api/sessions/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.json().classTags.client[0]).toMatchObject({ counts: { SUSTAIN: 1 }, total: 1 });
    // The CSV export carries the class's tags on the utterance they belong to.
    const csv = await live.t.app.inject({
      url: `/api/sessions/${id}/report?format=csv`,
      headers: { authorization: `Bearer ${token}` },
    });
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'index,turn,speaker,text,code,codes,kind,confidence,reason,tip,class_tags,class_agreement',
    );
    const clientRow = lines.find((l) => l.startsWith('3,1,client,'));
    expect(clientRow).toMatch(/,SUSTAIN:1,(0|1)\.00$/);
  });

  it('a removed student cannot come back with the token; an unknown token is refused too', async () => {
    const { presenter, code } = await roomWithOneTurn();
    const student = await join(code, 'Bo');
    const disconnected = nextEvent(student.s, 'disconnect');
    presenter.emit('room:remove', { participantId: student.participantId });
    await disconnected;

    const s = await socket();
    const refused = nextEvent<{ code: string; event: string }>(s, 'error');
    s.emit('room:join', { code, name: 'Bo', rejoin: student.rejoin });
    expect(await refused).toMatchObject({ code: 'forbidden', event: 'room:join' });
    const tagRefused = nextEvent<{ code: string }>(s, 'error');
    s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'CHANGE' });
    expect((await tagRefused).code).toBe('forbidden');

    const guessed = nextEvent<{ code: string }>(s, 'error');
    s.emit('room:join', { code, name: 'Bo', rejoin: 'x'.repeat(24) });
    expect((await guessed).code).toBe('forbidden');
  });

  it('a second tab of the same participant leaving does not take them off the list', async () => {
    const { presenter, code } = await roomWithOneTurn();
    const tab1 = await join(code, 'Cai');
    const tab2 = await join(code, 'Cai', tab1.rejoin);
    expect(tab2.participantId).toBe(tab1.participantId);
    tab2.s.disconnect();
    // A later change proves the presenter's list still has Cai once.
    const update = presenterUntil(presenter, (p) => p.tallies.client[0]?.total === 1);
    tab1.s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'NEUTRAL' });
    expect((await update).participants).toEqual([{ id: tab1.participantId, name: 'Cai' }]);
  });
});
