/**
 * Random and malformed input on every JSON route and socket event: only defined error codes come back, the
 * server never answers 5xx or crashes, and the stored session is unchanged.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, HTTP_STATUS, PROTOCOL_VERSION } from '../../server/protocol/index.js';
import { connectSocket, nextEvent } from '../helpers/socket-client.js';
import { listen, testApp } from '../helpers/test-app.js';

const CODES = new Set<string>(Object.values(ERROR_CODES));
const STATUSES = new Set<number>(Object.values(HTTP_STATUS));
/** Bounded: a few thousand cases in all, and a time limit per property. */
const RUNS = 400;
const TIME_LIMIT_MS = 15_000;

let t: Awaited<ReturnType<typeof testApp>>;
let url: string;
let id: string;
let token: string;
let before: string;

const snapshot = async () =>
  JSON.stringify(
    (
      await t.app.inject({ url: `/api/sessions/${id}`, headers: { authorization: `Bearer ${token}` } })
    ).json(),
  );

beforeAll(async () => {
  t = await testApp({}, { socketEventsPerMinute: 1_000_000 });
  url = await listen(t.app);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sessions',
    payload: { caseId: 'daily-walk', lang: 'en', seed: 5 },
  });
  ({ id, token } = res.json());
  await t.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/turns`,
    headers: { authorization: `Bearer ${token}` },
    payload: { text: 'What would you like to change?' },
  });
  before = await snapshot();
});
afterAll(async () => t.close());

/** Anything JSON can carry, minus a well-formed turn (which would rightly add a turn). */
const payload = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.string(),
  fc.record({ text: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())) }),
);
const rawBody = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom('{', '{"text":', '[]', 'null', '\u0000', '{"caseId":"daily-walk","lang":"nb","seed":-1}'),
);

function checkError(status: number, body: string): void {
  expect(status).toBeLessThan(500);
  if (status < 400) return;
  expect(STATUSES.has(status)).toBe(true);
  expect(CODES.has((JSON.parse(body) as { error: { code: string } }).error.code)).toBe(true);
}

describe('fuzzing the HTTP API', () => {
  const routes: [string, string][] = [
    ['POST', '/api/sessions'],
    ['POST', '/api/analyses'],
    ['POST', '/api/sessions/ID/turns'],
    ['POST', '/api/sessions/ID/end'],
    ['DELETE', '/api/sessions/ID'],
    ['GET', '/api/sessions/ID/report?format=RAND'],
  ];
  it.each(routes)('%s %s answers random bodies with defined errors only', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(
        rawBody,
        fc.string(),
        fc.constantFrom('', 'Bearer x', `Bearer ${'y'.repeat(43)}`),
        async (body, rand, auth) => {
          const res = await t.app.inject({
            method: method as 'POST',
            url: path.replace('ID', id).replace('RAND', encodeURIComponent(rand)),
            headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
            payload: body,
          });
          checkError(res.statusCode, res.body);
        },
      ),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
    expect(await snapshot()).toBe(before);
  });

  it('answers malformed turns with the right token with defined errors, storing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${id}/turns`,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload: JSON.stringify(body ?? null),
        });
        checkError(res.statusCode, res.body);
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
    expect(await snapshot()).toBe(before);
  });
});

describe('fuzzing the socket events', () => {
  it('answers random payloads on every event with defined error codes, and stays up', async () => {
    const socket = await connectSocket(url);
    const errors: string[] = [];
    socket.on('error', (e: { code: string }) => errors.push(e.code));
    const events = ['hello', 'session:join', 'turn:send', 'session:end', 'session:start', 'no:such:event'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...events), payload, async (event, body) => {
        socket.emit(event, body);
      }),
      { numRuns: RUNS * 2, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
    const welcome = nextEvent(socket, 'welcome');
    socket.emit('hello', { protocol: PROTOCOL_VERSION });
    await welcome;
    expect(socket.connected).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    for (const code of errors) expect(CODES.has(code)).toBe(true);
    expect(await snapshot()).toBe(before);
    socket.close();
  });
});
