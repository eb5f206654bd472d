import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { sessionFromToken } from '../accounts/session.service';
import type { LoginLimiter } from '../accounts/login-limiter';
import type { UserActor } from '../shared/actor';
import { databaseUnavailableError, isDatabaseUnavailable } from '../database/unavailable';

export const SESSION_COOKIE = 'maillage_session';

/**
 * What a GraphQL request carries. Only resolvers read it: they hand services the `em` and the
 * `actor`, and deal with the HTTP things (cookie, client address) themselves.
 */
export interface Context {
  /** A fork per request: its identity map and dataloaders live as long as the request. */
  em: EntityManager;
  /** The signed-in user, or null for an anonymous visitor. */
  actor: UserActor | null;
  /** Hash of the session token, so that logout revokes this very session. */
  sessionTokenHash: string | null;
  clientIp: string;
  sessionCookie: { set: (token: string, expiresAt: Date) => void; clear: () => void };
  loginLimiter: LoginLimiter;
  settings: ContextSettings;
}

export interface ContextSettings {
  /** Demo accounts may sign in (embedded demo database, or DEMO_MODE=true). */
  demoMode: boolean;
  secureCookies: boolean;
  publicUrl: string;
  /** Hot reads compiled into one SQL statement (graphql/json-reads.ts); false runs the resolvers alone. Default true. */
  compiledReads?: boolean;
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
  const session = await sessionFromToken(em, tokenOf(req)).catch((error: unknown) => {
    // Apollo takes the 503 and Retry-After from this error; anything else stays a masked 500.
    throw isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error;
  });
  const cookie = { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' } as const;
  return {
    em,
    actor: session?.actor ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    clientIp: req.ip ?? 'unknown',
    loginLimiter,
    settings,
    sessionCookie: {
      set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...cookie, expires: expiresAt }),
      clear: () => res.clearCookie(SESSION_COOKIE, cookie),
    },
  };
}
