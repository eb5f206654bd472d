import type { Server } from 'node:http';

/**
 * Stops taking connections and lets in-flight requests finish: idle keep-alive sockets close at
 * once, busy ones after their response; after `timeoutMs` whatever is left is cut.
 */
export function drainHttpServer(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
