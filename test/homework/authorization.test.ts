/**
 * Every instructor route as the wrong instructor (404: it does not exist for them), with no cookie and with a
 * forged cookie (401), and writes without the CSRF token (403); trainees with another submission's receipt
 * (403). After each attempt nothing has changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';
import { ASSIGNMENT, Browser, bearer, createInstructor, inDays, traineeSubmits } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
let ina: Browser;
let otto: Browser;
let admin: Browser;
let assignmentId: string;
let code: string;
let mine: Awaited<ReturnType<typeof traineeSubmits>>;
let other: Awaited<ReturnType<typeof traineeSubmits>>;

beforeAll(async () => {
  t = await testApp();
  await createInstructor(t.app, 'ada@example.org', 'Ada', 'admin');
  await createInstructor(t.app, 'ina@example.org', 'Ina');
  await createInstructor(t.app, 'otto@example.org', 'Otto');
  ina = await new Browser(t.app).login('ina@example.org');
  otto = await new Browser(t.app).login('otto@example.org');
  admin = await new Browser(t.app).login('ada@example.org');
  const a = (
    await ina.req({ method: 'POST', url: '/api/assignments', payload: { ...ASSIGNMENT, dueAt: inDays(7) } })
  ).json();
  assignmentId = a.id;
  code = a.code;
  const b = (
    await otto.req({
      method: 'POST',
      url: '/api/assignments',
      payload: { ...ASSIGNMENT, title: 'Otto’s', dueAt: inDays(7) },
    })
  ).json();
  mine = await traineeSubmits(t.app, code, 'Kari');
  other = await traineeSubmits(t.app, b.code, 'Per');
});
afterAll(async () => t.close());

interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: () => string;
  payload?: unknown;
}
const write = (r: Route) => r.method !== 'GET';

const ROUTES: Route[] = [
  { method: 'GET', url: () => `/api/assignments/${assignmentId}` },
  { method: 'PATCH', url: () => `/api/assignments/${assignmentId}`, payload: { title: 'Hijacked' } },
  { method: 'DELETE', url: () => `/api/assignments/${assignmentId}` },
  { method: 'GET', url: () => `/api/assignments/${assignmentId}/submissions` },
  { method: 'GET', url: () => `/api/assignments/${assignmentId}/export.csv` },
  { method: 'GET', url: () => `/api/assignments/${assignmentId}/export.json` },
  { method: 'GET', url: () => `/api/assignments/${assignmentId}/export.zip` },
  { method: 'GET', url: () => `/api/submissions/${mine.id}` },
  { method: 'POST', url: () => `/api/submissions/${mine.id}/comments`, payload: { text: 'Injected' } },
  { method: 'DELETE', url: () => `/api/submissions/${mine.id}` },
];

/** Everything a refused request could have changed or must not show. */
async function snapshot() {
  const a = (await ina.req({ url: `/api/assignments/${assignmentId}` })).json();
  const s = (await ina.req({ url: `/api/submissions/${mine.id}` })).json();
  return {
    title: a.title,
    submissions: a.submissions,
    comments: s.comments.length,
    exists: s.id === mine.id,
  };
}

const as = (
  b: Browser | null,
  r: Route,
  extra: { headers?: Record<string, string>; csrf?: boolean } = {},
) => {
  const opts = {
    method: r.method,
    url: r.url(),
    ...(r.payload ? { payload: r.payload as object } : {}),
    ...extra,
  };
  return b ? b.req(opts) : t.app.inject({ ...opts, headers: extra.headers ?? {} });
};

function expectRefused(res: { statusCode: number; body: string }, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  // Nothing of the assignment or the transcript leaks into a refusal.
  expect(res.body).not.toContain('Kari');
  expect(res.body).not.toContain(code);
  expect(res.body).not.toContain(ASSIGNMENT.instructions);
}

describe('authorization of instructor routes', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.url.toString().match(/`(.*)`/)?.[1]}`, r] as const))(
    '%s: wrong instructor 404, no cookie 401, forged cookie 401, no CSRF 403',
    async (_name, route) => {
      const before = await snapshot();
      expectRefused(await as(otto, route), 404);
      expectRefused(await as(null, route), 401);
      expectRefused(
        await as(null, route, { headers: { cookie: 'changetalk_login=forged-token-value' } }),
        401,
      );
      const forgedWithCsrf = new Browser(t.app);
      await forgedWithCsrf.fetchCsrf();
      forgedWithCsrf.cookies.set('changetalk_login', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      expectRefused(await as(forgedWithCsrf, route), 401);
      // A trainee's receipt or session token is no instructor credential.
      if (route.url().startsWith('/api/assignments')) {
        expectRefused(await as(null, route, { headers: bearer(mine.receiptToken) }), 401);
        expectRefused(await as(null, route, { headers: bearer(mine.sessionToken) }), 401);
      }
      if (write(route)) {
        expectRefused(await as(ina, route, { csrf: false }), 403);
        expectRefused(await as(ina, route, { headers: { 'x-csrf-token': 'made-up' }, csrf: false }), 403);
        // Otto's own valid CSRF token does not help Ina's cookie either way: a token from another browser.
        expectRefused(
          await as(ina, route, { headers: { 'x-csrf-token': otto.csrfToken ?? '' }, csrf: false }),
          403,
        );
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it('lists only the own assignments; an admin sees all', async () => {
    const ottos = (await otto.req({ url: '/api/assignments' })).json() as { id: string }[];
    expect(ottos.map((a) => a.id)).not.toContain(assignmentId);
    expect(ottos).toHaveLength(1);
    const all = (await admin.req({ url: '/api/assignments' })).json() as { id: string }[];
    expect(all.map((a) => a.id)).toContain(assignmentId);
    expect((await admin.req({ url: `/api/assignments/${assignmentId}/submissions` })).json()).toHaveLength(1);
  });

  it('guards the collection and account routes', async () => {
    const create = {
      method: 'POST' as const,
      url: '/api/assignments',
      payload: { ...ASSIGNMENT, dueAt: inDays(1) },
    };
    expect((await t.app.inject(create)).statusCode).toBe(401);
    expect((await t.app.inject({ ...create, headers: { cookie: 'changetalk_login=x' } })).statusCode).toBe(
      401,
    );
    expect((await ina.req({ ...create, csrf: false })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/assignments' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: 'changetalk_login=forged' } }))
        .statusCode,
    ).toBe(401);
    expect((await ina.req({ method: 'POST', url: '/api/auth/logout', csrf: false })).statusCode).toBe(403);
    expect((await ina.req({ url: '/api/auth/me' })).statusCode).toBe(200);
    // Admin routes: 403 for an instructor, 401 without a login.
    expect((await ina.req({ url: '/api/users' })).statusCode).toBe(403);
    const newUser = {
      email: 'mallory@example.org',
      name: 'Mallory',
      password: 'long enough password',
      role: 'admin',
    };
    expect((await ina.req({ method: 'POST', url: '/api/users', payload: newUser })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/users', payload: newUser })).statusCode).toBe(
      401,
    );
    expect(
      (await admin.req({ method: 'POST', url: '/api/users', payload: newUser, csrf: false })).statusCode,
    ).toBe(403);
    expect(await t.app.storage.accounts.getUserByEmail('mallory@example.org')).toBeNull();
    expect((await t.app.inject({ method: 'POST', url: '/api/setup', payload: newUser })).statusCode).toBe(
      409,
    );
    expect(await t.app.storage.accounts.countUsers()).toBe(3);
    expect((await otto.req({ url: '/api/assignments' })).json()).toHaveLength(1);
  });
});

describe('authorization of trainees', () => {
  it('opens a submission only with its own receipt token', async () => {
    const url = `/api/submissions/${mine.id}`;
    expectRefused(await t.app.inject({ url }), 401);
    expectRefused(await t.app.inject({ url, headers: bearer(other.receiptToken) }), 403);
    expectRefused(await t.app.inject({ url, headers: bearer(mine.sessionToken) }), 403);
    expectRefused(await t.app.inject({ url, headers: bearer('forged') }), 403);
    expect(
      (await t.app.inject({ url: '/api/submissions/no-such-id', headers: bearer(mine.receiptToken) }))
        .statusCode,
    ).toBe(404);
    const own = await t.app.inject({ url, headers: bearer(mine.receiptToken) });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('Per');
  });

  it('cannot comment or delete with a receipt token', async () => {
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/submissions/${mine.id}/comments`,
      headers: bearer(mine.receiptToken),
      payload: { text: 'self-praise' },
    });
    expect(comment.statusCode).toBe(401);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/submissions/${mine.id}`,
      headers: bearer(mine.receiptToken),
    });
    expect(del.statusCode).toBe(401);
    expect((await snapshot()).comments).toBe(0);
  });

  it('submits only with the session token, and only sessions started from an assignment', async () => {
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/assignments/by-code/${code}/sessions`,
      payload: { displayName: 'Eve' },
    });
    const { id, token } = started.json();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/submissions',
          payload: { sessionId: id, token: other.sessionToken },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/submissions', payload: { sessionId: 'nope', token } }))
        .statusCode,
    ).toBe(404);
    const plain = (
      await t.app.inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { caseId: 'daily-walk', lang: 'en' },
      })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${plain.id}/turns`,
      headers: bearer(plain.token),
      payload: { text: 'Hi?' },
    });
    const unrelated = await t.app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { sessionId: plain.id, token: plain.token },
    });
    expect(unrelated.statusCode).toBe(400);
    expect((await ina.req({ url: `/api/assignments/${assignmentId}/submissions` })).json()).toHaveLength(1);
    expect((await t.app.inject({ url: '/api/assignments/by-code/ZZZZZZ' })).statusCode).toBe(404);
  });
});
