/** The error codes not reached by the flows elsewhere: a too-large transcript and an internal failure. */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/protocol/index.js';
import { testApp } from '../helpers/test-app.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('error codes', () => {
  it('payload_too_large for a transcript over the character limit', async () => {
    const t = await testApp();
    close = t.close;
    const text = `T: ${'a'.repeat(LIMITS.TRANSCRIPT_MAX_CHARS)}\nK: ok`;
    const res = await t.app.inject({ method: 'POST', url: '/api/analyses', payload: { text } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('unavailable (503) when storage goes away, the details only in the log', async () => {
    let logs = '';
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        logs += chunk;
        cb();
      },
    });
    const t = await testApp({ LOG_LEVEL: 'warn' }, { logStream });
    close = t.close;
    await t.app.storage.close(); // the database goes away under the running app
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'en' },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toEqual({
      code: 'unavailable',
      message: 'storage cannot be reached right now: try again in a moment',
    });
    expect(logs).toContain('The database connection is not open');
  });

  it('internal with a generic message on a bug, the details only in the log', async () => {
    let logs = '';
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        logs += chunk;
        cb();
      },
    });
    const t = await testApp({ LOG_LEVEL: 'error' }, { logStream });
    close = t.close;
    t.app.storage.sessions.create = async () => {
      throw new TypeError('a bug with a secret detail in its message');
    };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { caseId: 'daily-walk', lang: 'en' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toEqual({
      code: 'internal',
      message: 'something went wrong on the server; it has been logged',
    });
    expect(res.body).not.toContain('secret');
    expect(logs).toContain('a bug with a secret detail in its message');
  });
});
