import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/types.js';
import { storagesUnderTest } from '../helpers/storages.js';
import { testApp } from '../helpers/test-app.js';

describe.each(storagesUnderTest())('a practice session stored on $name', ({ open }) => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ storage, cleanup } = await open());
  });
  afterEach(async () => cleanup());

  it('survives a new app instance on the same storage and continues with the same scores', async () => {
    const first = await testApp({}, { storage });
    const created = (
      await first.app.inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { caseId: 'daily-walk', lang: 'da', seed: 9 },
      })
    ).json();
    const headers = { authorization: `Bearer ${created.token}` };
    for (const text of ['Hvad får dig til at overveje det?', 'Du vil gerne have mere overskud.']) {
      const res = await first.app.inject({
        method: 'POST',
        url: `/api/sessions/${created.id}/turns`,
        headers,
        payload: { text },
      });
      expect(res.statusCode).toBe(200);
    }
    const before = (await first.app.inject({ url: `/api/sessions/${created.id}`, headers })).json();
    await first.close();

    const second = await testApp({}, { storage });
    const after = (await second.app.inject({ url: `/api/sessions/${created.id}`, headers })).json();
    expect(after).toEqual(before);
    const next = await second.app.inject({
      method: 'POST',
      url: `/api/sessions/${created.id}/turns`,
      headers,
      payload: { text: 'Hvad ville være et første skridt?' },
    });
    expect(next.json().turn.turn).toBe(3);
    await second.close();
  });
});
