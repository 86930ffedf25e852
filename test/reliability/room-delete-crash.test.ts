/**
 * Issue 18, point 1: deleting a session while its client "types" in a live room must not end the process.
 * A real server process (default typing delay), a real socket.io client and a real HTTP DELETE.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { connectSocket, nextEvent } from '../helpers/socket-client.js';
import { type Spawned, spawnCli, waitForPort } from '../helpers/spawn-server.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
let server: Spawned | undefined;
afterEach(() => {
  server?.child.kill('SIGKILL');
});

describe('a session deleted while its room waits for the reply', () => {
  it('leaves the server running and answering', async () => {
    server = spawnCli(
      ['serve'],
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(dir.path, 'data'),
        CASES_DIR: join(projectRoot(), 'test', 'fixtures', 'cases'),
      },
      dir.path,
    );
    const port = await waitForPort(server);
    const base = `http://127.0.0.1:${port}`;
    const socket = await connectSocket(base);
    try {
      const started = nextEvent<{ id: string; token: string }>(socket, 'session:started');
      socket.emit('session:start', { caseId: 'daily-walk', lang: 'en', seed: 3 });
      const { id, token } = await started;
      const opened = nextEvent(socket, 'room:opened');
      socket.emit('room:open', { id, token });
      await opened;
      const typing = nextEvent(socket, 'client:typing');
      socket.emit('turn:send', { text: 'What brings you here today?' });
      await typing;
      const del = await fetch(`${base}/api/sessions/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(del.status).toBe(204);
      // Past the typing delay: the turn's listeners run against a deleted session.
      await new Promise((r) => setTimeout(r, 2_000));
      expect(server.child.exitCode).toBeNull();
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      socket.close();
    }
  });
});
