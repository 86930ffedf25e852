/**
 * A real app on port 0 for each test of a file, and the socket.io clients opened against it, all closed after
 * the test. Call once at the top level of a test file.
 */
import { afterEach, beforeEach } from 'vitest';
import { connectSocket, type TestSocket } from './socket-client.js';
import { listen, testApp } from './test-app.js';

type TestApp = Awaited<ReturnType<typeof testApp>>;

export function liveApp(): { readonly t: TestApp; socket: () => Promise<TestSocket> } {
  let current: TestApp | null = null;
  let url = '';
  const sockets: TestSocket[] = [];
  beforeEach(async () => {
    current = await testApp();
    url = await listen(current.app);
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await current?.close();
  });
  return {
    get t() {
      if (!current) throw new Error('liveApp: used outside a test');
      return current;
    },
    async socket() {
      const s = await connectSocket(url);
      sockets.push(s);
      return s;
    },
  };
}
