/** Issue 18, point 7: concurrent first-run setups create exactly one admin; the others answer conflict. */
import { afterEach, describe, expect, it } from 'vitest';
import { storagesUnderTest } from '../helpers/storages.js';
import { PASSWORD } from '../homework/helpers.js';
import { type Served, send, serveOn } from './helpers.js';

describe.each(storagesUnderTest())('setup on $name', (store) => {
  let s: Served;
  afterEach(async () => s?.close());

  it('lets exactly one of five concurrent setups through', async () => {
    s = await serveOn(store);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        send(s.base, 'POST', '/api/setup', {
          email: `admin${i}@example.org`,
          name: `Admin ${i}`,
          password: PASSWORD,
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.json().error?.code).toBe('conflict');
    expect(await s.app.storage.accounts.countUsers()).toBe(1);
  });
});
