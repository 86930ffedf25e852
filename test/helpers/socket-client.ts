import { io as connect, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../server/protocol/index.js';

export type TestSocket = Socket;

/**
 * A connected socket.io client that has said hello (the server serves nothing before it), unless
 * `hello: false` asks for a bare connection.
 */
export async function connectSocket(
  url: string,
  opts: { reconnection?: boolean; hello?: boolean } = {},
): Promise<Socket> {
  const socket = connect(url, { transports: ['websocket'], reconnection: opts.reconnection ?? false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  if (opts.hello !== false) {
    const welcomed = nextEvent(socket, 'welcome');
    socket.emit('hello', { protocol: PROTOCOL_VERSION });
    await welcomed;
  }
  return socket;
}

/** The next event of that name, or a rejection after `ms`. */
export function nextEvent<T = unknown>(socket: Socket, event: string, ms = 5_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** The first event of that name whose payload passes `check`, or a rejection after `ms`. */
export function eventUntil<T>(
  socket: Socket,
  event: string,
  check: (p: T) => boolean,
  ms = 5_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching ${event} within ${ms} ms`)), ms);
    const listener = (p: T) => {
      if (!check(p)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(p);
    };
    socket.on(event, listener);
  });
}
