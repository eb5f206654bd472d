import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { RETRY_AFTER_SECONDS } from '../database/unavailable';

export interface Lifecycle {
  /** Set when SIGTERM arrives: the load balancer should stop sending new requests. */
  draining: boolean;
}

const READY_TIMEOUT_MS = 2_000;

/**
 * For load balancers: `/health/live` answers while the process runs (never touches PostgreSQL, so
 * an outage does not get healthy instances killed); `/health/ready` answers 200 only when PostgreSQL
 * answers and the instance is not draining.
 */
export function healthRouter(orm: MikroORM, lifecycle: Lifecycle): Router {
  const router = Router();
  const live = (_req: unknown, res: import('express').Response) => void res.json({ status: 'live' });
  router.get('/health/live', live);
  router.get('/healthz', live);
  router.get('/health/ready', async (_req, res) => {
    res.set('cache-control', 'no-store');
    if (lifecycle.draining) return void res.status(503).json({ status: 'draining' });
    try {
      await withTimeout(orm.em.getConnection().execute('select 1'), READY_TIMEOUT_MS);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: 'database-unavailable' });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
