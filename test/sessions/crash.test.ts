import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { type Spawned, spawnCli, waitForPort } from '../helpers/spawn-server.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
const env = {
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: join(dir.path, 'data'),
  CASES_DIR: join(projectRoot(), 'test', 'fixtures', 'cases'),
};
let server: Spawned | undefined;
afterEach(() => {
  server?.child.kill('SIGKILL');
});

async function api(port: number, path: string, token?: string, body?: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads a few fields of a JSON answer
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('a server killed with SIGKILL mid-session (SQLite)', () => {
  it('keeps every acknowledged turn and the same scores, and the session continues', async () => {
    server = spawnCli(['serve'], env, dir.path);
    let port = await waitForPort(server);
    const created = await api(port, '/api/sessions', undefined, {
      caseId: 'daily-walk',
      lang: 'en',
      seed: 11,
    });
    const { id, token } = created.body;
    const turns = [
      'What brings you here today?',
      'You would like more energy.',
      'How would walking fit your week?',
    ];
    for (const text of turns)
      expect((await api(port, `/api/sessions/${id}/turns`, token, { text })).status).toBe(200);
    const before = await api(port, `/api/sessions/${id}`, token);

    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');

    server = spawnCli(['serve'], env, dir.path);
    port = await waitForPort(server);
    const after = await api(port, `/api/sessions/${id}`, token);
    expect(after.body.turns).toHaveLength(3);
    expect(after.body.turns).toEqual(before.body.turns);
    expect(after.body.report).toEqual(before.body.report);
    const next = await api(port, `/api/sessions/${id}/turns`, token, {
      text: 'What would be a first small step?',
    });
    expect(next.status).toBe(200);
    expect(next.body.turn.turn).toBe(4);
  });
});
