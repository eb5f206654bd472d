import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import proxyAddr from 'proxy-addr';
import { SESSION_COOKIE, sessionTokenOf, type Context, type HttpExchange } from '../graphql/context';
import { GRAPHQL_LIMITS, LIMIT_ERRORS } from '../graphql/limits';
import type { Lifecycle } from './health';

/**
 * POST /graphql with a JSON body — every query and mutation of the client — served straight from
 * Node's HTTP server to Apollo, without express's router, body and cookie parsers and response
 * helpers (a third of a small page's time). Express serves everything else, GET /graphql included
 * (persisted public reads). Same answers: the security headers, the 413 and 400 of oversized and
 * unreadable bodies, cookies, the client's address behind trusted proxies, `Connection: close`
 * while draining.
 */
export interface GraphQLPostOptions {
  apollo: ApolloServer<Context>;
  context: (exchange: HttpExchange) => Promise<Context>;
  /** Headers every response carries (security-headers.ts), as [name, value] pairs. */
  headers: ReadonlyArray<readonly [string, string]>;
  /** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`). */
  trustProxy: (address: string, hop: number) => boolean;
  lifecycle: Lifecycle;
}

const isGraphQLPost = (req: IncomingMessage) =>
  req.method === 'POST' &&
  (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true) &&
  /^application\/json\b/i.test(req.headers['content-type'] ?? '');

function reply(res: ServerResponse, status: number, headers: string[], body: string) {
  res.writeHead(status, headers);
  res.end(body);
}

const errorBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** Bodies refused before GraphQL reads them, in the GraphQL error shape (express's path answers the same). */
export const BODY_REFUSALS = {
  tooLarge: { status: 413, body: errorBody('PAYLOAD_TOO_LARGE', LIMIT_ERRORS.PAYLOAD_TOO_LARGE) },
  unreadable: { status: 400, body: errorBody('BAD_REQUEST', 'Requête illisible (JSON invalide).') },
} as const;

/** The body as text, or the reason it was refused (too large). */
function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      return resolve('too-large');
    }
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(length > limit ? 'too-large' : Buffer.concat(chunks, length).toString('utf8')));
    req.on('error', reject);
  });
}

/** A request listener serving GraphQL POSTs itself and handing everything else to `fallback` (express). */
export function withGraphQLPost(options: GraphQLPostOptions, fallback: RequestListener): RequestListener {
  const fixed = options.headers.flatMap(([name, value]) => [name, value]);
  return (req, res) => {
    if (!isGraphQLPost(req)) return fallback(req, res);
    serve(req, res, options, fixed).catch((error: unknown) => {
      if (!res.headersSent)
        reply(res, 500, [...fixed, 'content-type', 'application/json'], errorBody('INTERNAL_SERVER_ERROR', 'Erreur interne.'));
      else res.destroy(error as Error);
    });
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, options: GraphQLPostOptions, fixed: string[]) {
  const headers = [...fixed];
  if (options.lifecycle.draining) headers.push('connection', 'close');
  const json = [...headers, 'content-type', 'application/json; charset=utf-8'];
  const text = await readBody(req, GRAPHQL_LIMITS.maxBodyBytes);
  if (text === 'too-large') return reply(res, BODY_REFUSALS.tooLarge.status, json, BODY_REFUSALS.tooLarge.body);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return reply(res, BODY_REFUSALS.unreadable.status, json, BODY_REFUSALS.unreadable.body);
  }
  const requestHeaders = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) requestHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const cookies: string[] = [];
  const exchange: HttpExchange = {
    sessionToken: sessionTokenOf(
      req.headers.authorization,
      req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined,
    ),
    clientIp: proxyAddr(req, options.trustProxy),
    setCookie: (name, value, cookie) => cookies.push(serializeCookie(name, value, cookie)),
  };
  const question = req.url!.indexOf('?');
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: requestHeaders,
      search: question < 0 ? '' : req.url!.slice(question),
      body,
    },
    context: () => options.context(exchange),
  });
  for (const [name, value] of response.headers) headers.push(name, value);
  for (const cookie of cookies) headers.push('set-cookie', cookie);
  if (response.body.kind === 'complete') return reply(res, response.status ?? 200, headers, response.body.string);
  res.writeHead(response.status ?? 200, headers);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
