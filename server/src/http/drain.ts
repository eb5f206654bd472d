import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestHandler } from 'express';
import type { Lifecycle } from './health';

export interface DrainOptions {
  /**
   * Time to keep serving after SIGTERM while readiness says "draining": load balancers stop sending,
   * and requests already sent are read. Node counts a connection whose request is not parsed yet as
   * idle, and closing the server closes idle connections — without this pause they are cut.
   */
  graceMs: number;
  /** After this, whatever is still running is cut. */
  timeoutMs: number;
}

/** While draining, every response closes its keep-alive connection: clients reconnect elsewhere. */
export function closeConnectionsWhenDraining(lifecycle: Lifecycle): RequestHandler {
  return (_req, res, next) => {
    if (lifecycle.draining) res.setHeader('connection', 'close');
    next();
  };
}

/** Stops taking connections and lets in-flight requests finish (after the grace pause). */
export async function drainHttpServer(server: Server, { graceMs, timeoutMs }: DrainOptions): Promise<void> {
  if (graceMs > 0) await sleep(graceMs);
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
