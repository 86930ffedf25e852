import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type Spawned, spawnCli, waitForPort } from '../helpers/spawn-server.js';
import { tempDir } from '../helpers/temp-dir.js';

let running: Spawned | undefined;
const dir = tempDir();
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = undefined;
});

describe('the serve command as a process', () => {
  it('starts with no configuration but a free port, serves, and shuts down on SIGTERM with a socket open', async () => {
    running = spawnCli(['serve'], { PORT: '0', HOST: '127.0.0.1' }, dir.path);
    const port = await waitForPort(running);
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await res.json()).toEqual({ status: 'ready', storage: 'sqlite' });

    const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const started = Date.now();
    running.child.kill('SIGTERM');
    const { code } = await running.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await disconnected).toBeTruthy();
    expect(running.output()).toContain('shutting down');
  });

  it('exits 2 with one line naming PORT when PORT is bad', async () => {
    running = spawnCli(['serve'], { PORT: 'not-a-port' }, dir.path);
    const { code } = await running.exited;
    expect(code).toBe(2);
    expect(running.output().trim()).toBe(
      'changetalk: invalid configuration: PORT must be a whole number from 0 to 65535 (got "not-a-port")',
    );
  });

  it('exits 2 on an unknown sub-command, with help on stderr', async () => {
    running = spawnCli(['nonsense'], {}, dir.path);
    const { code } = await running.exited;
    expect(code).toBe(2);
    expect(running.output()).toMatch(/unknown command/);
  });
});
