/**
 * A TCP relay between the app and a real server (PostgreSQL, Redis): `cut()` drops every connection and
 * refuses new ones, `restore()` relays again on the same port. Lets a test cut storage without touching the
 * machine's database, which other test files share.
 */
import net from 'node:net';

export interface TcpProxy {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const sock of [client, upstream]) {
          sockets.add(sock);
          sock.on('error', () => {});
          sock.on('close', () => {
            sockets.delete(sock);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(p, '127.0.0.1', () => {
        server = s;
        resolve((s.address() as net.AddressInfo).port);
      });
    });
  const stop = async () => {
    for (const sock of sockets) sock.destroy();
    sockets.clear();
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  const bound = await listen(port);
  return {
    port: bound,
    cut: stop,
    restore: async () => {
      await listen(bound);
    },
    close: stop,
  };
}

/** host and port of a postgres:// URL, and the URL pointed at another port. */
export function retarget(url: string, port: number): { target: { host: string; port: number }; url: string } {
  const u = new URL(url);
  const target = { host: u.hostname, port: Number(u.port || 5432) };
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return { target, url: u.toString() };
}
