import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { tempDir } from '../helpers/temp-dir.js';
import { listen, testApp } from '../helpers/test-app.js';
import { deletePrefix } from '../rooms/room-backends.js';

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) console.warn('skipping Redis room sharing: TEST_REDIS_URL is not set');

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

describe.skipIf(!redisUrl)('two server processes sharing rooms through Redis (TEST_REDIS_URL)', () => {
  it('delivers a turn taken on one server to a tab joined on the other', async () => {
    const shared = tempDir();
    cleanups.push(shared.remove);
    const prefix = `changetalk-test-${randomBytes(4).toString('hex')}`;
    cleanups.push(() => deletePrefix(redisUrl ?? '', prefix));
    const servers = [];
    for (let i = 0; i < 2; i++) {
      const t = await testApp({ REDIS_URL: redisUrl ?? '', REDIS_PREFIX: prefix, DATA_DIR: shared.path });
      cleanups.push(t.close);
      servers.push(await listen(t.app));
    }
    const a: TestSocket = await connectSocket(servers[0] as string);
    const b: TestSocket = await connectSocket(servers[1] as string);
    cleanups.push(() => {
      a.close();
      b.close();
    });
    const started = nextEvent<{ id: string; token: string }>(a, 'session:started');
    a.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 4 });
    const { id, token } = await started;
    const joined = nextEvent(b, 'session:state');
    b.emit('session:join', { id, token });
    await joined;
    // The adapter needs a moment to learn of the other node before the first broadcast.
    await new Promise((r) => setTimeout(r, 300));
    const seenOnB = nextEvent<{ turn: number; client: { text: string } }>(b, 'turn:reply', 8_000);
    a.emit('turn:send', { text: 'What would help you walk more?' });
    const reply = await seenOnB;
    expect(reply.turn).toBe(1);
    expect(reply.client.text.length).toBeGreaterThan(0);
  });
});
