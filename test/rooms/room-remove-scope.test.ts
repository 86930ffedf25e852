/**
 * Issue 18, point 10: a presenter may remove only the participants of its own room. Real socket.io clients:
 * the presenter of room A names a participant of room B; it is refused and B's participant hears nothing.
 */
import { describe, expect, it } from 'vitest';
import { liveApp } from '../helpers/live-app.js';
import { nextEvent, type TestSocket } from '../helpers/socket-client.js';

const live = liveApp();

async function openRoom(): Promise<{ presenter: TestSocket; code: string }> {
  const presenter = await live.socket();
  const started = nextEvent<{ id: string; token: string }>(presenter, 'session:started');
  presenter.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 2 });
  const { id, token } = await started;
  const opened = nextEvent<{ code: string }>(presenter, 'room:opened');
  presenter.emit('room:open', { id, token });
  return { presenter, code: (await opened).code };
}

async function join(code: string, name: string) {
  const s = await live.socket();
  const joined = nextEvent<{ participantId: string }>(s, 'room:joined');
  s.emit('room:join', { code, name });
  return { s, participantId: (await joined).participantId };
}

describe('removing a participant', () => {
  it("is refused for another room's participant, who is neither told nor disconnected", async () => {
    const mine = await openRoom();
    const theirs = await openRoom();
    const student = await join(theirs.code, 'Ola');
    let told = false;
    student.s.on('room:removed', () => {
      told = true;
    });
    const refused = nextEvent<{ code: string; event: string }>(mine.presenter, 'error');
    mine.presenter.emit('room:remove', { participantId: student.participantId });
    const err = await refused;
    expect(err.event).toBe('room:remove');
    expect(['forbidden', 'not_found']).toContain(err.code);
    await new Promise((r) => setTimeout(r, 200));
    expect(told).toBe(false);
    expect(student.s.connected).toBe(true);
    // Still in its room: its own presenter sees it in the list after a change.
    const listed = nextEvent<{ participants: { id: string }[] }>(theirs.presenter, 'room:presenter');
    theirs.presenter.emit('room:control', { paused: true });
    expect((await listed).participants.map((p) => p.id)).toEqual([student.participantId]);
  });
});
