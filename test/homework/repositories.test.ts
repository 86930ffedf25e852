/** The account and homework repositories on SQLite and (with TEST_DATABASE_URL) PostgreSQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredUser } from '../../server/domain/ports/accounts.js';
import type { AssignmentSettings, StoredSubmission } from '../../server/domain/ports/homework.js';
import { purgeOldData } from '../../server/homework/retention.js';
import type { Storage } from '../../server/storage/types.js';
import { storagesUnderTest } from '../helpers/storages.js';

const user = (id: string, email: string): StoredUser => ({
  id,
  email,
  name: `Name ${id} æøå`,
  role: 'instructor',
  passwordHash: 'scrypt$1$1$1$salt$hash',
  createdAt: '2026-01-01T10:00:00.000Z',
  failedLogins: 0,
  lockedUntil: null,
});

const settings: AssignmentSettings = {
  title: 'Walk',
  instructions: 'Reflect ✓',
  caseId: 'daily-walk',
  lang: 'nb',
  preset: 'ambivalent',
  hints: true,
  minTurns: 3,
  timeLimitMinutes: null,
  dueAt: '2026-02-01T12:00:00.000Z',
  targets: { rq: 1 },
};

const submission = (id: string, sessionId: string, submittedAt: string): StoredSubmission => ({
  id,
  assignmentId: 'a1',
  sessionId,
  displayName: 'Kari',
  receiptHash: 'cd'.repeat(32),
  submittedAt,
  late: true,
  assignment: settings,
  summary: { turns: 3, rq: null },
  transcript: { turns: [{ turn: 1, text: 'æ' }] },
});

describe.each(storagesUnderTest())('accounts and homework on $name', ({ open }) => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ storage, cleanup } = await open());
  });
  afterEach(async () => cleanup());

  it('stores users with unique emails, failures and lockouts', async () => {
    const s = storage.accounts;
    expect(await s.countUsers()).toBe(0);
    expect(await s.createUser(user('u1', 'ina@example.org'))).toBe(true);
    expect(await s.createUser(user('u2', 'ina@example.org'))).toBe(false);
    expect(await s.createUser(user('u3', 'otto@example.org'))).toBe(true);
    expect(await s.countUsers()).toBe(2);
    expect(await s.getUserByEmail('ina@example.org')).toEqual(user('u1', 'ina@example.org'));
    expect(await s.getUser('missing')).toBeNull();
    await s.setLoginFailures('u1', 3, '2026-01-01T11:00:00.000Z');
    expect(await s.getUser('u1')).toMatchObject({ failedLogins: 3, lockedUntil: '2026-01-01T11:00:00.000Z' });
    expect((await s.listUsers()).map((u) => u.id)).toEqual(['u1', 'u3']);
  });

  it('stores login sessions and purges the expired ones', async () => {
    const s = storage.accounts;
    await s.createUser(user('u1', 'ina@example.org'));
    const base = { userId: 'u1', createdAt: '2026-01-01T10:00:00.000Z' };
    await s.createLoginSession({ ...base, tokenHash: 'h1', expiresAt: '2026-01-01T12:00:00.000Z' });
    await s.createLoginSession({ ...base, tokenHash: 'h2', expiresAt: '2026-01-02T12:00:00.000Z' });
    expect(await s.getLoginSession('h1')).toEqual({
      ...base,
      tokenHash: 'h1',
      expiresAt: '2026-01-01T12:00:00.000Z',
    });
    expect(await s.deleteExpiredLoginSessions('2026-01-01T13:00:00.000Z')).toBe(1);
    expect(await s.getLoginSession('h1')).toBeNull();
    await s.deleteLoginSession('h2');
    expect(await s.getLoginSession('h2')).toBeNull();
  });

  it('stores assignments, starts, submissions and comments', async () => {
    const h = storage.homework;
    await storage.accounts.createUser(user('u1', 'ina@example.org'));
    await storage.accounts.createUser(user('u2', 'otto@example.org'));
    const a = {
      id: 'a1',
      ownerId: 'u1',
      code: 'ABC234',
      settings,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    };
    expect(await h.createAssignment(a)).toBe(true);
    expect(await h.createAssignment({ ...a, id: 'a2' })).toBe(false);
    expect(
      await h.createAssignment({
        ...a,
        id: 'a3',
        ownerId: 'u2',
        code: 'XYZ789',
        createdAt: '2026-01-02T10:00:00.000Z',
      }),
    ).toBe(true);
    expect(await h.getAssignment('a1')).toEqual(a);
    expect(await h.getAssignmentByCode('ABC234')).toEqual(a);
    expect((await h.listAssignments('u1')).map((x) => x.id)).toEqual(['a1']);
    expect((await h.listAssignments()).map((x) => x.id)).toEqual(['a3', 'a1']);
    expect(await h.updateAssignment('a1', { ...settings, title: 'Walk 2' }, '2026-01-03T10:00:00.000Z')).toBe(
      true,
    );
    expect((await h.getAssignment('a1'))?.settings.title).toBe('Walk 2');

    const start = {
      sessionId: 's1',
      assignmentId: 'a1',
      displayName: 'Kari',
      startedAt: '2026-01-01T10:00:00.000Z',
    };
    await h.recordStart(start);
    await h.recordStart({ ...start, sessionId: 's2', displayName: 'Per' });
    expect(await h.getStart('s1')).toEqual(start);

    expect(await h.createSubmission(submission('sub1', 's1', '2026-01-05T10:00:00.000Z'))).toBe(true);
    expect(await h.createSubmission(submission('sub2', 's1', '2026-01-05T10:00:00.000Z'))).toBe(false);
    expect(await h.getSubmission('sub1')).toEqual(submission('sub1', 's1', '2026-01-05T10:00:00.000Z'));
    expect(await h.listSubmissions('a1')).toHaveLength(1);

    const comment = {
      submissionId: 'sub1',
      authorId: 'u1',
      authorName: 'Ina',
      text: 'Godt!',
      createdAt: '2026-01-06T10:00:00.000Z',
    };
    await h.addComment({ ...comment, id: 'c1', turn: 1 });
    await h.addComment({ ...comment, id: 'c2', turn: null, createdAt: '2026-01-06T11:00:00.000Z' });
    expect((await h.listComments('sub1')).map((c) => [c.id, c.turn])).toEqual([
      ['c1', 1],
      ['c2', null],
    ]);

    // Old starts go, except the submitted one.
    expect(await h.deleteStartsOlderThan('2026-01-02T00:00:00.000Z')).toBe(1);
    expect(await h.getStart('s1')).not.toBeNull();
    expect(await h.getStart('s2')).toBeNull();

    expect(await h.deleteSubmission('sub1')).toBe(true);
    expect(await h.listComments('sub1')).toEqual([]);
    expect(await h.deleteSubmission('sub1')).toBe(false);

    await h.createSubmission(submission('sub3', 's1', '2026-01-05T10:00:00.000Z'));
    expect(await h.deleteAssignment('a1')).toBe(true);
    expect(await h.getSubmission('sub3')).toBeNull();
    expect(await h.getStart('s1')).toBeNull();
  });

  it('purges anonymous sessions older than DATA_RETENTION_DAYS, not the submitted work', async () => {
    const session = (id: string, createdAt: string) => ({
      id,
      tokenHash: 'ab'.repeat(32),
      kind: 'practice' as const,
      caseId: 'daily-walk',
      lang: 'nb' as const,
      preset: 'ambivalent' as const,
      engine: 'embedded',
      createdAt,
      updatedAt: createdAt,
      ended: false,
      snapshot: {},
      turns: [],
    });
    const now = new Date('2026-03-01T00:00:00.000Z');
    await storage.sessions.create(session('old', '2026-01-01T00:00:00.000Z'));
    await storage.sessions.create(session('new', '2026-02-25T00:00:00.000Z'));
    await storage.accounts.createUser(user('u1', 'ina@example.org'));
    await storage.homework.createAssignment({
      id: 'a1',
      ownerId: 'u1',
      code: 'ABC234',
      settings,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await storage.homework.recordStart({
      sessionId: 'old',
      assignmentId: 'a1',
      displayName: 'K',
      startedAt: '2026-01-01T00:00:00.000Z',
    });
    await storage.homework.createSubmission(submission('sub1', 'old', '2026-01-01T01:00:00.000Z'));

    expect(await purgeOldData(storage, undefined, now)).toMatchObject({ sessions: 0 });
    expect(await storage.sessions.get('old')).not.toBeNull();

    expect(await purgeOldData(storage, 30, now)).toMatchObject({ sessions: 1 });
    expect(await storage.sessions.get('old')).toBeNull();
    expect(await storage.sessions.get('new')).not.toBeNull();
    // The submission keeps its own copy of the transcript.
    expect((await storage.homework.getSubmission('sub1'))?.transcript).toEqual({
      turns: [{ turn: 1, text: 'æ' }],
    });
  });
});
