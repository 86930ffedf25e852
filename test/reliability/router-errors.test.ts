/** Issue 18, point 12: router errors answer in the closed error vocabulary, like every other error. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../server/protocol/errors.js';
import { listen, testApp } from '../helpers/test-app.js';

describe('router errors over HTTP', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    base = await listen(t.app);
  });
  afterEach(async () => t.close());

  const expectShape = async (res: Response, status: number, code: string) => {
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(status);
    expect(Object.values(ERROR_CODES)).toContain(body.error.code);
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
  };

  it('answers a path parameter over the router limit (100 characters) as not_found', async () => {
    await expectShape(await fetch(`${base}/api/sessions/${'a'.repeat(101)}`), 404, 'not_found');
  });

  it('answers a malformed percent-encoding as bad_request', async () => {
    await expectShape(await fetch(`${base}/api/sessions/%E0%A4%A`), 400, 'bad_request');
  });
});
