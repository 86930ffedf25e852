import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { PROTOCOL_VERSION } from '../../server/protocol/index.js';
import { connectSocket, nextEvent, type TestSocket } from '../helpers/socket-client.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fixtureCases } from '../helpers/test-app.js';

const dir = tempDir();
let socket: TestSocket | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  socket?.close();
  await close?.();
});

async function serve(port = 0) {
  const config = loadConfig({
    DATA_DIR: dir.path,
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  const app = await buildApp(config, { cases: await fixtureCases(), replyDelayMs: () => 0 });
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  close = () => app.close();
  return { app, port: address.port };
}

async function turn(s: TestSocket, text: string) {
  const reply = nextEvent<{ turn: number }>(s, 'turn:reply');
  s.emit('turn:send', { text });
  return (await reply).turn;
}

describe('reconnect and continue', () => {
  it('recovers the session after a dropped connection, without joining again', async () => {
    const { port } = await serve();
    socket = await connectSocket(`http://127.0.0.1:${port}`, { reconnection: true });
    const started = nextEvent(socket, 'session:started');
    socket.emit('session:start', { caseId: 'daily-walk', lang: 'da', seed: 1 });
    await started;
    expect(await turn(socket, 'Hvad betyder det for dig at gå en tur?')).toBe(1);
    const reconnected = nextEvent(socket, 'connect', 10_000);
    socket.io.engine.close(); // the network drops; socket.io reconnects by itself
    await reconnected;
    expect(socket.recovered).toBe(true);
    expect(await turn(socket, 'Du vil gerne have mere energi.')).toBe(2);
  });

  it('continues after the server restarts: the browser joins with its token and the turns are there', async () => {
    const first = await serve();
    socket = await connectSocket(`http://127.0.0.1:${first.port}`, { reconnection: true });
    const started = nextEvent<{ id: string; token: string }>(socket, 'session:started');
    socket.emit('session:start', { caseId: 'daily-walk', lang: 'nb', seed: 2 });
    const { id, token } = await started;
    await turn(socket, 'Hva gjør at du vurderer å gå mer?');
    await turn(socket, 'Du kjenner at kroppen trenger det.');

    await first.app.close();
    close = undefined;
    const reconnected = nextEvent(socket, 'connect', 15_000);
    await serve(first.port);
    await reconnected;
    expect(socket.recovered).toBe(false);
    // A new connection (not a recovered one) says hello again, as the web client does on every connect.
    const welcomed = nextEvent(socket, 'welcome');
    socket.emit('hello', { protocol: PROTOCOL_VERSION });
    await welcomed;
    const state = nextEvent<{ session: { turns: { turn: number }[] } }>(socket, 'session:state');
    socket.emit('session:join', { id, token });
    expect((await state).session.turns.map((t) => t.turn)).toEqual([1, 2]);
    expect(await turn(socket, 'Hva ville vært et første skritt?')).toBe(3);
  });
});
