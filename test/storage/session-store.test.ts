import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredSession } from '../../server/domain/ports/session-store.js';
import type { Storage } from '../../server/storage/types.js';
import { storagesUnderTest } from '../helpers/storages.js';

const base = (id: string, createdAt = '2026-01-01T10:00:00.000Z'): StoredSession => ({
  id,
  tokenHash: 'ab'.repeat(32),
  kind: 'practice',
  caseId: 'vegetarian-day',
  lang: 'nb',
  preset: 'ambivalent',
  engine: 'embedded',
  createdAt,
  updatedAt: createdAt,
  ended: false,
  snapshot: { state: { trust: 5 }, note: 'æøå' },
  turns: [],
});

describe.each(storagesUnderTest())('session store on $name', ({ open }) => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ storage, cleanup } = await open());
  });
  afterEach(async () => cleanup());

  it('creates and reads a session with its JSON intact', async () => {
    await storage.sessions.create(base('s1'));
    const got = await storage.sessions.get('s1');
    expect(got).toEqual(base('s1'));
    expect(await storage.sessions.get('nope')).toBeNull();
  });

  it('appends turns in order, refusing a stale turn number', async () => {
    await storage.sessions.create(base('s2'));
    const at = '2026-01-01T10:01:00.000Z';
    expect(await storage.sessions.appendTurn('s2', 1, { t: 1 }, { v: 1 }, at)).toBe('ok');
    expect(await storage.sessions.appendTurn('s2', 1, { t: 'again' }, { v: 9 }, at)).toBe('conflict');
    expect(await storage.sessions.appendTurn('s2', 2, { t: 2 }, { v: 2 }, at)).toBe('ok');
    expect(await storage.sessions.appendTurn('missing', 1, {}, {}, at)).toBe('missing');
    const got = await storage.sessions.get('s2');
    expect(got?.turns).toEqual([{ t: 1 }, { t: 2 }]);
    expect(got?.snapshot).toEqual({ v: 2 });
    expect(got?.updatedAt).toBe(at);
  });

  it('lets only one of two racing writers take the same turn', async () => {
    await storage.sessions.create(base('race'));
    const at = new Date().toISOString();
    const results = await Promise.all([
      storage.sessions.appendTurn('race', 1, { who: 'a' }, {}, at),
      storage.sessions.appendTurn('race', 1, { who: 'b' }, {}, at),
    ]);
    expect(results.sort()).toEqual(['conflict', 'ok']);
    expect((await storage.sessions.get('race'))?.turns).toHaveLength(1);
  });

  it('stores a session created with turns (an analysis) and ends a session', async () => {
    await storage.sessions.create({ ...base('a1'), kind: 'analysis', turns: [{ u: 1 }, { u: 2 }] });
    expect((await storage.sessions.get('a1'))?.turns).toEqual([{ u: 1 }, { u: 2 }]);
    expect(await storage.sessions.update('a1', { done: true }, true, '2026-01-02T00:00:00.000Z')).toBe(true);
    const got = await storage.sessions.get('a1');
    expect(got?.ended).toBe(true);
    expect(await storage.sessions.appendTurn('a1', 3, {}, {}, '2026-01-02T00:00:00.000Z')).toBe('conflict');
  });

  it('deletes one session with its turns, and purges old ones', async () => {
    await storage.sessions.create({ ...base('old', '2025-01-01T00:00:00.000Z'), turns: [{ x: 1 }] });
    await storage.sessions.create(base('new', '2026-06-01T00:00:00.000Z'));
    await storage.sessions.create({ ...base('old-analysis', '2025-01-01T00:00:00.000Z'), kind: 'analysis' });
    expect(await storage.sessions.deleteOlderThan('2026-01-01T00:00:00.000Z', 'practice')).toBe(1);
    expect(await storage.sessions.get('old')).toBeNull();
    expect(await storage.sessions.get('old-analysis')).not.toBeNull();
    expect(await storage.sessions.delete('new')).toBe(true);
    expect(await storage.sessions.delete('new')).toBe(false);
  });

  it('keeps one class tag per observer, turn and speaker, and drops them with the session', async () => {
    await storage.sessions.create(base('demo'));
    await storage.sessions.saveTag('demo', { participant: 'p1', turn: 1, speaker: 'client', tag: 'SUSTAIN' });
    await storage.sessions.saveTag('demo', { participant: 'p1', turn: 1, speaker: 'client', tag: 'CHANGE' });
    await storage.sessions.saveTag('demo', {
      participant: 'p2',
      turn: 1,
      speaker: 'counsellor',
      tag: 'reflection',
    });
    expect(await storage.sessions.tags('demo')).toEqual([
      { participant: 'p1', turn: 1, speaker: 'client', tag: 'CHANGE' },
      { participant: 'p2', turn: 1, speaker: 'counsellor', tag: 'reflection' },
    ]);
    await storage.sessions.delete('demo');
    expect(await storage.sessions.tags('demo')).toEqual([]);
  });
});
