import { describe, expect, it } from 'vitest';
import { liveApp } from '../helpers/live-app.js';
import { eventUntil, nextEvent, type TestSocket } from '../helpers/socket-client.js';

const live = liveApp();
const socket = live.socket;

interface Presenter {
  participants: { id: string; name: string }[];
  tallies: {
    client: { turn: number; counts: Record<string, number>; auto: string; agreement: number | null }[];
  };
  suggestions: { id: string; name: string; text: string; code: string }[];
}

/** Waits until a presenter update satisfies the check. */
const presenterUntil = (s: TestSocket, check: (p: Presenter) => boolean, ms?: number): Promise<Presenter> =>
  eventUntil<Presenter>(s, 'room:presenter', check, ms);

async function openRoom() {
  const presenter = await socket();
  const started = nextEvent<{ id: string; token: string }>(presenter, 'session:started');
  presenter.emit('session:start', { caseId: 'daily-walk', lang: 'nb', seed: 8 });
  const { id, token } = await started;
  const opened = nextEvent<{ code: string; joinPath: string }>(presenter, 'room:opened');
  presenter.emit('room:open', { id, token });
  return { presenter, id, token, ...(await opened) };
}

async function join(code: string, name: string) {
  const s = await socket();
  const joined = nextEvent<{ participantId: string; room: { code: string; turns: unknown[] } }>(
    s,
    'room:joined',
  );
  s.emit('room:join', { code: code.toLowerCase(), name });
  return { s, ...(await joined) };
}

describe('a live class room', () => {
  it('students join by code, see turns live, tag them, suggest; the presenter sees it all', async () => {
    const { presenter, code, joinPath, id, token } = await openRoom();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(joinPath).toBe(`/join?code=${code}`);
    const everyoneIn = presenterUntil(presenter, (p) => p.participants.length === 3);
    const students = [await join(code, 'Ada'), await join(code, 'Bo'), await join(code, 'Cai')];
    expect((await everyoneIn).participants.map((p) => p.name)).toEqual(['Ada', 'Bo', 'Cai']);

    const arrivals = students.map((st) =>
      nextEvent<{ turn: number; client: { text: string; code?: string } }>(st.s, 'room:turn'),
    );
    presenter.emit('turn:send', { text: 'Hva ville det bety for deg å gå mer?' });
    const seen = await Promise.all(arrivals);
    for (const turn of seen) {
      expect(turn.turn).toBe(1);
      expect(turn.client.text.length).toBeGreaterThan(0);
      expect(turn.client.code).toBeUndefined(); // hidden until the presenter reveals codes
    }

    const tagged = presenterUntil(
      presenter,
      (p) => (p.tallies.client[0]?.counts.CHANGE ?? 0) + (p.tallies.client[0]?.counts.SUSTAIN ?? 0) === 3,
    );
    students[0]?.s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'CHANGE' });
    students[1]?.s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'CHANGE' });
    students[2]?.s.emit('room:tag', { turn: 1, speaker: 'client', tag: 'SUSTAIN' });
    const tally = (await tagged).tallies.client[0];
    expect(tally?.counts).toEqual({ CHANGE: 2, SUSTAIN: 1 });
    expect(['CHANGE', 'SUSTAIN', 'NEUTRAL']).toContain(tally?.auto);
    expect(tally?.agreement).toBe(tally?.auto === 'CHANGE' ? 0.67 : tally?.auto === 'SUSTAIN' ? 0.33 : 0);
    // The demonstration's report keeps the class's tags beside the coder's codes.
    const report = await live.t.app.inject({
      url: `/api/sessions/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(report.json().classTags.client[0]).toMatchObject({
      turn: 1,
      counts: { CHANGE: 2, SUSTAIN: 1 },
      total: 3,
    });

    const notAsking = nextEvent<{ code: string }>(students[0]?.s as TestSocket, 'error');
    students[0]?.s.emit('room:suggest', { text: 'Du vil ha mer energi.' });
    expect((await notAsking).code).toBe('conflict');
    presenter.emit('room:control', { asking: true, reveal: { codes: true } });
    await nextEvent(students[1]?.s as TestSocket, 'room:view');
    const suggested = presenterUntil(presenter, (p) => p.suggestions.length === 1);
    students[1]?.s.emit('room:suggest', { text: 'Du kjenner at du vil ha mer energi i hverdagen.' });
    const suggestion = (await suggested).suggestions[0];
    expect(suggestion).toMatchObject({ name: 'Bo', text: 'Du kjenner at du vil ha mer energi i hverdagen.' });

    // The presenter takes the suggestion as the next turn; codes are now shown to the class.
    const next = nextEvent<{ turn: number; counsellor: { text: string; code?: string } }>(
      students[2]?.s as TestSocket,
      'room:turn',
    );
    presenter.emit('turn:send', { text: suggestion?.text });
    const second = await next;
    expect(second.turn).toBe(2);
    expect(second.counsellor.text).toBe(suggestion?.text);
    expect(second.counsellor.code).toBeDefined();
  });

  it('a student cannot take a turn or control the room, and a removed student is disconnected', async () => {
    const { presenter, code } = await openRoom();
    const student = await join(code, 'Dina');
    for (const [event, payload] of [
      ['turn:send', { text: 'Jeg vil også si noe' }],
      ['room:control', { paused: true }],
      ['room:remove', { participantId: student.participantId }],
    ] as const) {
      const refused = nextEvent<{ code: string }>(student.s, 'error');
      student.s.emit(event, payload);
      expect((await refused).code).toBe('forbidden');
    }
    const removed = nextEvent<{ reason: string }>(student.s, 'room:removed');
    const gone = nextEvent(student.s, 'disconnect');
    const left = presenterUntil(presenter, (p) => p.participants.length === 0);
    presenter.emit('room:remove', { participantId: student.participantId });
    expect((await removed).reason).toContain('removed');
    await gone;
    await left;
  });

  it('refuses an unknown code and a blank name with defined errors', async () => {
    const s = await socket();
    const unknown = nextEvent<{ code: string }>(s, 'error');
    s.emit('room:join', { code: 'ZZZZZZ', name: 'Eli' });
    expect((await unknown).code).toBe('not_found');
    const blank = nextEvent<{ code: string }>(s, 'error');
    s.emit('room:join', { code: 'ZZZZZZ', name: '   ' });
    expect((await blank).code).toBe('validation_failed');
  });
});
