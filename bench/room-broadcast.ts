/**
 * Class-room load: 500 observer sockets in one room, 20 turns; prints the delivery latency of each broadcast
 * (p50, p99, max: from the presenter seeing the reply to each observer receiving the room's turn) and the
 * server's memory per socket. The server runs as its own process so its memory is its own.
 *
 *   npx tsx bench/room-broadcast.ts [--observers 500] [--turns 20]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';

const { values } = parseArgs({
  options: { observers: { type: 'string', default: '500' }, turns: { type: 'string', default: '20' } },
});
const OBSERVERS = Number(values.observers);
const TURNS = Number(values.turns);
const root = join(import.meta.dirname, '..');
const TURN_TEXTS = [
  'Hva tenker du om oppfølgingsprogrammet?',
  'Du vil klare deg selv, og samtidig kjenner du at det er mye nå.',
  'Hva er viktigst for deg når babyen kommer?',
  'Du vil være en god mamma.',
];

const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const once = <T>(s: Socket, e: string) => new Promise<T>((r) => s.once(e, r));

async function startServer(): Promise<{ pid: number; url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/cli/main.ts'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ct-bench-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
  });
  return { pid: child.pid ?? 0, url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const server = await startServer();
  const connect = () => io(server.url, { transports: ['websocket'], reconnection: false });
  const presenter = connect();
  const started = once<{ id: string; token: string }>(presenter, 'session:started');
  presenter.emit('session:start', { caseId: 'expectant-mother', lang: 'nb', seed: 1 });
  const { id, token } = await started;
  const opened = once<{ code: string }>(presenter, 'room:opened');
  presenter.emit('room:open', { id, token });
  const { code } = await opened;

  const before = rssKb(server.pid);
  const observers: Socket[] = [];
  for (let i = 0; i < OBSERVERS; i++) {
    const s = connect();
    const joined = once(s, 'room:joined');
    s.emit('room:join', { code, name: `Student ${i + 1}` });
    observers.push(s);
    if (i % 50 === 49) await joined;
  }
  await Promise.all(observers.map((s) => (s.connected ? Promise.resolve() : once(s, 'connect'))));
  await new Promise((r) => setTimeout(r, 1_000));
  const after = rssKb(server.pid);
  process.stdout.write(
    `observers ${OBSERVERS}; server RSS ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} MiB; ${((after - before) / OBSERVERS).toFixed(1)} KiB per socket\n`,
  );
  process.stdout.write('turn   p50 ms   p99 ms   max ms   delivered\n');

  for (let turn = 1; turn <= TURNS; turn++) {
    let t0 = 0;
    const latencies: number[] = [];
    const all = Promise.all(
      observers.map((s) => once(s, 'room:turn').then(() => latencies.push(performance.now() - t0))),
    );
    presenter.once('turn:reply', () => {
      t0 = performance.now();
    });
    presenter.emit('turn:send', { text: TURN_TEXTS[(turn - 1) % TURN_TEXTS.length] });
    await all;
    latencies.sort((a, b) => a - b);
    const f = (n: number) => n.toFixed(1).padStart(7);
    process.stdout.write(
      `${String(turn).padStart(4)} ${f(pct(latencies, 50))}  ${f(pct(latencies, 99))}  ${f(latencies.at(-1) ?? 0)}   ${latencies.length}/${OBSERVERS}\n`,
    );
  }
  for (const s of [presenter, ...observers]) s.close();
  server.stop();
}

await main();
