/** How long a client may take to send its request, so a body that never finishes cannot hold a connection. */

/** Long enough for a 1 MB analysis upload over a slow link; Fastify's default is no limit at all. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Fastify options: Node answers 408 and closes the connection once a request (headers and body) has taken
 * longer than `ms`. Node checks its connections only every `connectionsCheckingInterval` (30 s by default),
 * so that is kept to a fraction of the timeout; the header deadline may not exceed the whole request's.
 */
export function requestTimeouts(ms = REQUEST_TIMEOUT_MS) {
  return {
    requestTimeout: ms,
    http: {
      headersTimeout: Math.min(ms, 60_000),
      connectionsCheckingInterval: Math.max(100, Math.min(Math.floor(ms / 4), 5_000)),
    },
  };
}
