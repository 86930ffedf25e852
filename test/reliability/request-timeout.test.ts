/** Issue 18, point 14: a request whose body never finishes does not hold its connection open. */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, testApp } from '../helpers/test-app.js';

describe('a body that never finishes', () => {
  let t: Awaited<ReturnType<typeof testApp>> | undefined;
  afterEach(async () => t?.close());

  it('is cut off after the request timeout (408 or a closed connection)', async () => {
    t = await testApp({}, { requestTimeoutMs: 500 });
    const port = Number(new URL(await listen(t.app)).port);
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => {
      received += d;
    });
    const started = Date.now();
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
    socket.write(
      'POST /api/analyses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":',
    );
    const gaveUp = new Promise<number>((resolve) =>
      setTimeout(() => resolve(Number.POSITIVE_INFINITY), 4_000),
    );
    const after = await Promise.race([closed, gaveUp]);
    socket.destroy();
    expect(after).toBeLessThan(4_000);
    if (received) expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
