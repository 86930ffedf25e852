/**
 * The fault and abuse suite's crash part (issue 18): a real server process killed with SIGKILL while a turn is
 * in flight, restarted on the same database, and the trainee's client retrying the unanswered turn with its
 * turn number. On SQLite and on PostgreSQL: no acknowledged turn is lost and no turn is stored twice. Prints
 * the figures.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { type Spawned, spawnCli, waitForPort } from '../helpers/spawn-server.js';
import { tempDir } from '../helpers/temp-dir.js';

const KILLS = 4;
const TURNS_BETWEEN_KILLS = 3;
const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});
const figures: string[] = [];
afterAll(() => {
  for (const f of figures) console.log(`fault suite, kill mid-turn: ${f}`);
});

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(sql).finally(() => admin.end());
}

async function envFor(store: 'sqlite' | 'postgres'): Promise<Record<string, string>> {
  const dir = tempDir();
  cleanups.push(() => dir.remove());
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: join(dir.path, 'data'),
    CASES_DIR: join(projectRoot(), 'test', 'fixtures', 'cases'),
    RATE_LIMIT: 'off',
  };
  if (store === 'postgres') {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE SCHEMA "${schema}"`);
    cleanups.push(() => adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    const db = new URL(databaseUrl ?? '');
    db.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = db.toString();
  }
  return env;
}

async function serve(env: Record<string, string>): Promise<{ server: Spawned; base: string }> {
  const server = spawnCli(['serve'], env, projectRoot(), { group: true });
  cleanups.push(() => server.kill());
  const port = await waitForPort(server);
  return { server, base: `http://127.0.0.1:${port}` };
}

type TurnAnswer = { status: number; turn?: number; reply?: string };

async function sendTurn(base: string, id: string, token: string, turn: number): Promise<TurnAnswer> {
  try {
    const res = await fetch(`${base}/api/sessions/${id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: `What would make week ${turn} a good one for you?`, turn }),
    });
    const body = (await res.json()) as { turn?: { turn: number; client: { text: string } } };
    return { status: res.status, turn: body.turn?.turn, reply: body.turn?.client.text };
  } catch {
    return { status: 0 }; // the process died under the request: no answer
  }
}

const stores: ('sqlite' | 'postgres')[] = ['sqlite', ...(databaseUrl ? (['postgres'] as const) : [])];
if (!databaseUrl) console.warn('kill mid-turn on PostgreSQL skipped: TEST_DATABASE_URL is not set');

describe.each(stores)('SIGKILL mid-turn on %s', (store) => {
  it('loses no acknowledged turn and stores none twice when the client retries', async () => {
    const env = await envFor(store);
    let { server, base } = await serve(env);
    const created = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: 'daily-walk', lang: 'en', seed: 9 }),
    });
    const { id, token } = (await created.json()) as { id: string; token: string };
    const acknowledged = new Map<number, string>();
    let next = 1;
    let unanswered = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      for (let i = 0; i < TURNS_BETWEEN_KILLS; i++, next++) {
        const a = await sendTurn(base, id, token, next);
        expect(a.status).toBe(200);
        acknowledged.set(next, a.reply ?? '');
      }
      // The kill lands while the next turn is on its way: stored or not, its answer never comes.
      const inFlight = sendTurn(base, id, token, next);
      await new Promise((r) => setTimeout(r, kill * 3));
      server.kill();
      await server.exited;
      if ((await inFlight).status !== 200) unanswered++;
      ({ server, base } = await serve(env));
      const retry = await sendTurn(base, id, token, next);
      expect(retry.status).toBe(200);
      expect(retry.turn).toBe(next);
      acknowledged.set(next, retry.reply ?? '');
      next++;
    }
    const view = (await (
      await fetch(`${base}/api/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { turns: { turn: number; client: { text: string } }[] };
    const stored = new Map(view.turns.map((t) => [t.turn, t.client.text]));
    const lost = [...acknowledged.keys()].filter((n) => stored.get(n) !== acknowledged.get(n));
    const duplicates = view.turns.length - stored.size;
    figures.push(
      `${store}: ${KILLS} kills, ${acknowledged.size} turns acknowledged, ${unanswered} in flight at the kill, ` +
        `${lost.length} lost, ${duplicates} stored twice, ${view.turns.length} stored`,
    );
    expect(lost).toEqual([]);
    expect(duplicates).toBe(0);
    expect(view.turns.map((t) => t.turn)).toEqual([...acknowledged.keys()]);
  }, 120_000);
});
