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

/** How a session cookie is written: what both HTTP paths (express, graphql-post.ts) know how to set. */
export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  path: string;
  expires: Date;
}

/** What a GraphQL request brings from HTTP, whichever path served it (express or graphql-post.ts). */
export interface HttpExchange {
  /** The `Authorization: Bearer` header's token, else the session cookie's. */
  sessionToken: string | undefined;
  clientIp: string;
  setCookie: (name: string, value: string, options: CookieOptions) => void;
}

export function sessionTokenOf(authorization: string | undefined, cookie: string | undefined): string | undefined {
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  return cookie;
}

/** The exchange of a request served by express (cookie-parser and `trust proxy` applied). */
export const expressExchange = (req: Request, res: Response): HttpExchange => ({
  sessionToken: sessionTokenOf(req.headers.authorization, req.cookies?.[SESSION_COOKIE]),
  clientIp: req.ip ?? 'unknown',
  setCookie: (name, value, options) => res.cookie(name, value, options),
});

export async function createContext(
  exchange: HttpExchange,
  orm: MikroORM,
  loginLimiter: LoginLimiter,
  settings: ContextSettings,
): Promise<Context> {
  const { secureCookies } = settings;
  const em = orm.em.fork();
  const session = await sessionFromToken(em, exchange.sessionToken).catch((error: unknown) => {
    // Apollo takes the 503 and Retry-After from this error; anything else stays a masked 500.
    throw isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error;
  });
  const cookie = { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' } as const;
  return {
    em,
    actor: session?.actor ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    clientIp: exchange.clientIp,
    loginLimiter,
    settings,
    sessionCookie: {
      set: (token, expiresAt) => exchange.setCookie(SESSION_COOKIE, token, { ...cookie, expires: expiresAt }),
      // As express's clearCookie: an empty value that expired long ago.
      clear: () => exchange.setCookie(SESSION_COOKIE, '', { ...cookie, expires: new Date(0) }),
    },
  };
}
