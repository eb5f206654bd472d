import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { viewerFromToken } from '../accounts/session.service';
import type { LoginLimiter } from '../accounts/login-limiter';
import type { Viewer } from '../accounts/viewer';

export const SESSION_COOKIE = 'maillage_session';

export interface Context {
  /** A fork per request: its identity map and dataloaders live as long as the request. */
  em: EntityManager;
  viewer: Viewer | null;
  clientIp: string;
  sessionCookie: { set: (token: string, expiresAt: Date) => void; clear: () => void };
  loginLimiter: LoginLimiter;
  settings: ContextSettings;
  /** Per-request memo for answers several resolvers need (e.g. the viewer's networks). */
  memo: <T>(key: string, compute: () => Promise<T>) => Promise<T>;
}

export interface ContextSettings {
  /** Demo accounts may sign in (embedded demo database, or DEMO_MODE=true). */
  demoMode: boolean;
  secureCookies: boolean;
  publicUrl: string;
}

function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return req.cookies?.[SESSION_COOKIE];
}

export async function createContext(
  { req, res }: { req: Request; res: Response },
  orm: MikroORM,
  loginLimiter: LoginLimiter,
  settings: ContextSettings,
): Promise<Context> {
  const { secureCookies } = settings;
  const em = orm.em.fork();
  const memos = new Map<string, Promise<unknown>>();
  return {
    em,
    viewer: await viewerFromToken(em, tokenOf(req)),
    clientIp: req.ip ?? 'unknown',
    loginLimiter,
    settings,
    sessionCookie: {
      set: (token, expiresAt) =>
        res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: secureCookies, expires: expiresAt, path: '/' }),
      clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' }),
    },
    memo: <T>(key: string, compute: () => Promise<T>) => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as Promise<T>;
    },
  };
}
