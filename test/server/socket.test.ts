import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../server/protocol/index.js';
import { listen, testApp } from '../helpers/test-app.js';

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function connected(): Promise<Socket> {
  const t = await testApp();
  cleanup.push(t.close);
  const url = await listen(t.app);
  const socket = connect(url, { transports: ['websocket'], reconnection: false });
  cleanup.push(() => {
    socket.close();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

const next = <T>(socket: Socket, event: string) => new Promise<T>((resolve) => socket.once(event, resolve));

describe('socket.io gateway', () => {
  it('accepts a real socket.io client and answers hello', async () => {
    const socket = await connected();
    const welcome = next<{ protocol: number }>(socket, 'welcome');
    socket.emit('hello', { protocol: PROTOCOL_VERSION });
    expect((await welcome).protocol).toBe(PROTOCOL_VERSION);
  });

  it('refuses another protocol version with a defined error', async () => {
    const socket = await connected();
    const error = next<{ code: string }>(socket, 'error');
    socket.emit('hello', { protocol: PROTOCOL_VERSION + 99 });
    expect((await error).code).toBe('protocol_version');
  });

  it('answers a malformed payload with validation_failed instead of dropping it', async () => {
    const socket = await connected();
    const error = next<{ code: string; event: string }>(socket, 'error');
    socket.emit('hello', { protocol: 'one' });
    expect(await error).toMatchObject({ code: 'validation_failed', event: 'hello' });
  });
});
