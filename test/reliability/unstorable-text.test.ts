/**
 * Issue 18, point 5: text PostgreSQL cannot store (NUL, lone UTF-16 surrogates) is refused at the HTTP edge as
 * validation_failed on every store, instead of a 500 from PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasUnstorableText } from '../../server/protocol/text.js';
import { storagesUnderTest } from '../helpers/storages.js';
import {
  ASSIGNMENT,
  type Browser,
  inDays,
  instructorWithAssignment,
  PASSWORD,
  traineeSubmits,
} from '../homework/helpers.js';
import { type Served, serveOn } from './helpers.js';

const BAD = [
  ['a NUL', 'a\u0000b'],
  ['a lone high surrogate', 'a\ud800b'],
  ['a lone low surrogate', '\udc00z'],
  ['a high surrogate at the end', 'abc\ud800'],
] as const;

interface Ctx {
  ina: Browser;
  sessionId: string;
  token: string;
  submissionId: string;
  code: string;
}
type Call = { method: 'GET' | 'POST'; url: string; payload?: unknown; headers?: Record<string, string> };

const ROUTES: [string, (bad: string, c: Ctx) => Call][] = [
  [
    'session start, caseId',
    (bad) => ({ method: 'POST', url: '/api/sessions', payload: { caseId: bad, lang: 'en' } }),
  ],
  [
    'turn text',
    (bad, c) => ({
      method: 'POST',
      url: `/api/sessions/${c.sessionId}/turns`,
      headers: { authorization: `Bearer ${c.token}` },
      payload: { text: bad },
    }),
  ],
  [
    'analysis text',
    (bad) => ({
      method: 'POST',
      url: '/api/analyses',
      payload: { text: `Counsellor: Hi ${bad}\nClient: Hello` },
    }),
  ],
  [
    'login email',
    (bad) => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `${bad}@example.org`, password: PASSWORD },
    }),
  ],
  [
    'setup name',
    (bad) => ({
      method: 'POST',
      url: '/api/setup',
      payload: { email: 'x@example.org', name: bad, password: PASSWORD },
    }),
  ],
  [
    'trainee display name',
    (bad, c) => ({
      method: 'POST',
      url: `/api/assignments/by-code/${c.code}/sessions`,
      payload: { displayName: bad },
    }),
  ],
  ['session id in the path', () => ({ method: 'GET', url: '/api/sessions/ab%00cd' })],
];

const INSTRUCTOR_ROUTES: [string, (bad: string, c: Ctx) => Call][] = [
  [
    'assignment title',
    (bad) => ({
      method: 'POST',
      url: '/api/assignments',
      payload: { ...ASSIGNMENT, title: bad, dueAt: inDays(7) },
    }),
  ],
  [
    'comment',
    (bad, c) => ({
      method: 'POST',
      url: `/api/submissions/${c.submissionId}/comments`,
      payload: { text: bad },
    }),
  ],
];

describe('hasUnstorableText', () => {
  it('finds NUL and lone surrogates anywhere in a value, and passes paired surrogates', () => {
    for (const [, bad] of BAD) expect(hasUnstorableText({ a: [1, { b: bad }] })).toBe(true);
    expect(hasUnstorableText({ a: ['fine 😀 text', 3, null, true], b: { c: 'æøå' } })).toBe(false);
    expect(hasUnstorableText('\ud83d\ude00')).toBe(false);
  });
});

describe.each(storagesUnderTest())('unstorable text over HTTP on $name', (store) => {
  let s: Served;
  let c: Ctx;
  beforeAll(async () => {
    s = await serveOn(store);
    const { ina, assignment } = await instructorWithAssignment(s.app);
    const sub = await traineeSubmits(s.app, assignment.code, 'Tess');
    const started = await s.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'en' },
    });
    const { id, token } = started.json() as { id: string; token: string };
    c = { ina, sessionId: id, token, submissionId: sub.id, code: assignment.code };
  });
  afterAll(async () => s?.close());

  const cases = BAD.flatMap(([what, bad]) => [
    ...ROUTES.map(([route, call]) => ({ what, route, bad, call, asInstructor: false })),
    ...INSTRUCTOR_ROUTES.map(([route, call]) => ({ what, route, bad, call, asInstructor: true })),
  ]);

  it.each(cases)('$route with $what → 400 validation_failed', async ({ bad, call, asInstructor }) => {
    const { payload, ...rest } = call(bad, c);
    const opts = {
      ...rest,
      ...(payload === undefined
        ? {}
        : {
            payload: JSON.stringify(payload),
            headers: { ...rest.headers, 'content-type': 'application/json' },
          }),
    };
    const res = asInstructor ? await c.ina.req(opts) : await s.app.inject(opts);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});
