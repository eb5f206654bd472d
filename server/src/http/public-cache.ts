import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, RequestHandler, Response } from 'express';
import { SESSION_COOKIE, type Context } from '../graphql/context';
import { publicPolicy } from './public-cache-policy';
import { publicQueryAllowList } from './public-cache-queries';

/**
 * Public reads a CDN can cache. An anonymous GET (persisted query or query text) whose fields all
 * carry public cache hints (`@cacheControl` on the types, see public-cache-policy.ts) is answered
 * with an ETag made of the directory's revision (a row PostgreSQL stamps on every directory write)
 * and `Cache-Control: public, max-age=0, s-maxage=…`: browsers revalidate every time, a CDN keeps it
 * a few seconds, and a revalidation answers 304 from that one row without running the query.
 * POST and signed-in requests never carry a public header.
 */
export const SHARED_MAX_AGE_SECONDS = 10;
const PUBLIC_HINT = /^max-age=(\d+), public$/;

/** Apollo's persisted-query store, read-only: a hash is known when it is on the allow-list. */
export function persistedQueryAllowList(): KeyValueCache<string> {
  const byHash = publicQueryAllowList();
  return {
    // Apollo prefixes its keys ("apq:").
    get: async (key) => byHash.get(key.slice(key.indexOf(':') + 1)),
    // A query sent with its hash runs as any query would; it is not remembered.
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/** No session cookie and no bearer token: the answer is the same for every such visitor. */
export function isAnonymous(headers: { cookie?: string; authorization?: string }): boolean {
  if (headers.authorization) return false;
  return !headers.cookie?.split(';').some((pair) => pair.trim().startsWith(`${SESSION_COOKIE}=`));
}

/**
 * Computes the cache policy from the operation and the schema's hints, once per document, for
 * anonymous GETs only. Apollo's own cache-control plugin would instead wrap every resolver of the
 * schema for good as soon as one request uses it, which costs every POST too.
 */
export function publicCachePlugin(): ApolloServerPlugin<Context> {
  const policies = new Map<string, string | null>();
  return {
    async requestDidStart({ request }) {
      const http = request.http;
      if (http?.method !== 'GET' || !isAnonymous(headersOf(http.headers))) return undefined;
      return {
        async willSendResponse({ response, document, operation, queryHash, schema }) {
          if (!document || !operation || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          let header = policies.get(queryHash ?? '');
          if (header === undefined) {
            const policy = publicPolicy(schema, document, operation);
            header = policy ? `max-age=${policy.maxAge}, public` : null;
            if (queryHash && policies.size < 1000) policies.set(queryHash, header);
          }
          if (header) response.http.headers.set('cache-control', header);
        },
      };
    },
  };
}

function headersOf(headers: HeaderMap) {
  return { cookie: headers.get('cookie'), authorization: headers.get('authorization') };
}

async function directoryRevision(orm: MikroORM): Promise<string> {
  const rows = await orm.em
    .getConnection()
    .execute<{ revision: string }[]>('select revision from directory_revision where id = 1');
  return rows[0]?.revision ?? '0';
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

/**
 * Mounted before Apollo's Express middleware: answers anonymous GETs itself (304, or the query with
 * its public headers) and marks every other GET private.
 */
export function publicReads(
  apollo: ApolloServer<Context>,
  orm: MikroORM,
  context: (args: { req: Request; res: Response }) => Promise<Context>,
  /** Changes with each deployment's schema, so a new release does not answer 304 for an old body. */
  schemaTag: string,
): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET') return next();
    res.vary('Cookie');
    res.vary('Authorization');
    if (!isAnonymous(req.headers)) {
      res.setHeader('Cache-Control', 'private, no-store');
      return next();
    }
    try {
      const etag = `"${schemaTag}-${await directoryRevision(orm)}"`;
      if (matches(req.headers['if-none-match'], etag)) {
        res.status(304).setHeader('ETag', etag).setHeader('Cache-Control', publicHeader(SHARED_MAX_AGE_SECONDS)).end();
        return;
      }
      await answer(apollo, req, res, context, etag);
    } catch (error) {
      next(error);
    }
  };
}

function publicHeader(maxAge: number): string {
  return `public, max-age=0, s-maxage=${Math.min(maxAge, SHARED_MAX_AGE_SECONDS)}, stale-while-revalidate=${maxAge}`;
}

async function answer(
  apollo: ApolloServer<Context>,
  req: Request,
  res: Response,
  context: (args: { req: Request; res: Response }) => Promise<Context>,
  etag: string,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'GET', headers, search, body: req.body },
    context: () => context({ req, res }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  const hint = PUBLIC_HINT.exec(response.headers.get('cache-control') ?? '');
  const status = response.status ?? 200;
  if (hint && status === 200 && Number(hint[1]) > 0) {
    res.setHeader('Cache-Control', publicHeader(Number(hint[1])));
    res.setHeader('ETag', etag);
  } else if (!response.headers.has('cache-control')) res.setHeader('Cache-Control', 'private, no-store');
  res.status(status);
  if (response.body.kind === 'complete') {
    res.send(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
