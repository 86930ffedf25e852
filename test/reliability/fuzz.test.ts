/**
 * The fault and abuse suite's fuzzing (issue 18): random and malformed input on every JSON route and socket
 * event, against SQLite and PostgreSQL: only codes of the closed vocabulary come back, never a 5xx, the server
 * stays up, and the stored session is unchanged. Prints the figures: inputs tried and failures.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, HTTP_STATUS, PROTOCOL_VERSION } from '../../server/protocol/index.js';
import { connectSocket, nextEvent } from '../helpers/socket-client.js';
import { storagesUnderTest } from '../helpers/storages.js';
import { listen, testApp } from '../helpers/test-app.js';

const CODES = new Set<string>(Object.values(ERROR_CODES));
const STATUSES = new Set<number>(Object.values(HTTP_STATUS));
/** Per property; with every route and event that is over 5,000 inputs a store. */
const RUNS = 300;
const TIME_LIMIT_MS = 15_000;

const tally = { inputs: 0, failures: [] as string[] };
afterAll(() => {
  console.log(
    `fault suite, fuzzing: ${tally.inputs} inputs tried on ${storagesUnderTest()
      .map((s) => s.name)
      .join(' and ')}, ${tally.failures.length} failures`,
  );
});

/** Anything JSON can carry, minus a well-formed turn (which would rightly add a turn). */
const payload = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.string(),
  fc.record({ text: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())) }),
  fc.record({ id: fc.string(), token: fc.string(), code: fc.string(), name: fc.string() }),
);
const nasty = fc.constantFrom('\u0000', '\ud800', '\udc00x', '\u200b', '%00', '../../etc', 'x'.repeat(3000));
const rawBody = fc.oneof(
  fc.string(),
  fc.json(),
  nasty.map((n) => JSON.stringify({ text: n, caseId: n, email: n, name: n, title: n })),
  fc.constantFrom('{', '{"text":', '[]', 'null', '\u0000', '{"caseId":"daily-walk","lang":"nb","seed":-1}'),
);

/** A lone surrogate has no UTF-8 form: it goes into the URL as the bytes a broken client would send. */
const enc = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

function record(where: string, status: number, body: string): void {
  tally.inputs++;
  if (status >= 500) return void tally.failures.push(`${where}: ${status}`);
  if (status < 400) return;
  const code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? '';
  if (!STATUSES.has(status) || !CODES.has(code)) tally.failures.push(`${where}: ${status} ${code}`);
}

const ROUTES: [string, string][] = [
  ['POST', '/api/sessions'],
  ['POST', '/api/analyses'],
  ['POST', '/api/sessions/ID/turns'],
  ['POST', '/api/sessions/ID/end'],
  ['POST', '/api/sessions/ID/branch'],
  ['DELETE', '/api/sessions/ID'],
  ['GET', '/api/sessions/RAND'],
  ['GET', '/api/sessions/ID/report?format=RAND'],
  ['POST', '/api/auth/login'],
  ['POST', '/api/setup'],
  ['GET', '/api/assignments/by-code/RAND'],
  ['POST', '/api/assignments/by-code/RAND/sessions'],
  ['POST', '/api/submissions'],
  ['GET', '/api/submissions/RAND'],
  ['GET', '/api/rooms/RAND/qr.svg'],
];

const EVENTS = [
  'hello',
  'session:join',
  'turn:send',
  'session:end',
  'session:start',
  'room:open',
  'room:join',
  'room:tag',
  'room:suggest',
  'room:control',
  'room:remove',
  'no:such:event',
];

describe.each(storagesUnderTest())('fuzzing on $name', (store) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let cleanup: () => Promise<void>;
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
    const opened = await store.open();
    cleanup = opened.cleanup;
    t = await testApp({ RATE_LIMIT: 'off' }, { storage: opened.storage, socketEventsPerMinute: 1_000_000 });
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
  afterAll(async () => {
    await t?.close();
    await cleanup?.();
  });

  it('answers random bodies on every route with defined errors only, storing nothing', async () => {
    const failuresBefore = tally.failures.length;
    for (const [method, path] of ROUTES) {
      await fc.assert(
        fc.asyncProperty(
          rawBody,
          fc.oneof(fc.string(), nasty),
          fc.constantFrom('', 'Bearer x', `Bearer ${'y'.repeat(43)}`),
          async (body, rand, auth) => {
            const res = await t.app.inject({
              method: method as 'POST',
              url: path.replace('ID', id).replace('RAND', enc(rand)),
              headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
              payload: body,
            });
            record(`${method} ${path}`, res.statusCode, res.body);
          },
        ),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
    }
    expect(tally.failures.slice(failuresBefore)).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('answers malformed turns with the right token with defined errors, storing nothing', async () => {
    const failuresBefore = tally.failures.length;
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${id}/turns`,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload: JSON.stringify(body ?? null),
        });
        record('turn with token', res.statusCode, res.body);
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
    expect(tally.failures.slice(failuresBefore)).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('answers random payloads on every socket event with defined error codes, and stays up', async () => {
    const socket = await connectSocket(url);
    const errors: string[] = [];
    socket.on('error', (e: { code: string }) => errors.push(e.code));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EVENTS), payload, async (event, body) => {
        tally.inputs++;
        socket.emit(event, body);
      }),
      { numRuns: RUNS * EVENTS.length, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
    const welcome = nextEvent(socket, 'welcome');
    socket.emit('hello', { protocol: PROTOCOL_VERSION });
    await welcome;
    expect(socket.connected).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    const unknown = errors.filter((code) => !CODES.has(code) || code === 'internal');
    tally.failures.push(...unknown.map((c) => `socket: ${c}`));
    expect(unknown).toEqual([]);
    expect(await snapshot()).toBe(before);
    socket.close();
  });
});
