import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { createLoginLimiter } from '../accounts/login-limiter';
import type { RequestListener } from 'node:http';
import { createContext, expressExchange, type Context, type ContextSettings } from '../graphql/context';
import { formatError } from '../graphql/format-error';
import { armorProtection, GRAPHQL_LIMITS } from '../graphql/limits';
import { exportsRouter } from '../exports/exports.router';
import { calendarRouter } from '../meetings/calendar/calendar.router';
import { participantsRouter } from '../trainings/participants.router';
import { roadmapExportsRouter } from '../roadmap/dashboard/roadmap-exports.router';
import { closeConnectionsWhenDraining } from './drain';
import { healthRouter, type Lifecycle } from './health';
import { persistedQueryAllowList, publicCachePlugin, publicReads } from './public-cache';
import { sha256 } from './public-cache-queries';
import { securityHeaderList, securityHeaders } from './security-headers';
import { BODY_REFUSALS, withGraphQLPost } from './graphql-post';
import { serviceUnavailablePlugin } from './unavailable-plugin';

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  isProduction: boolean;
  settings: ContextSettings;
  /** Express's `trust proxy`: set behind a reverse proxy so rate limits see the client's address. */
  trustProxy?: string | number | boolean;
  /** Built client to serve at `/`; absent in API-only tests. */
  clientDir?: string;
  /** Shared with main.ts's shutdown: readiness turns 503 while draining. */
  lifecycle?: Lifecycle;
}

/** Oversized or malformed bodies get a JSON answer in the GraphQL error shape, not an HTML page. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const refusal =
    error?.type === 'entity.too.large'
      ? BODY_REFUSALS.tooLarge
      : error?.type === 'entity.parse.failed'
        ? BODY_REFUSALS.unreadable
        : null;
  if (refusal) res.status(refusal.status).type('json').send(refusal.body);
  else next(error);
};

export async function createApp({ orm, schema, isProduction, settings, trustProxy, clientDir, lifecycle }: AppOptions) {
  const armor = armorProtection(isProduction);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // The schema is public (schema/schema.graphql) and the GraphQL-over-HTTP spec expects it.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Persisted queries are an allow-list known at startup (public-cache-queries.ts), not a registry.
    persistedQueries: { cache: persistedQueryAllowList() },
    csrfPrevention: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    // main.ts owns shutdown order (HTTP, GraphQL, ORM, database): Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [
      ...armor.plugins,
      // No cache hints are used; the plugin would otherwise wrap every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      // Cache policies for anonymous GETs only, computed from the document (public-cache.ts).
      publicCachePlugin(),
      serviceUnavailablePlugin(),
      // Apollo's landing page loads its sandbox from a CDN, which the CSP (and offline hosts) refuse.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const loginLimiter = createLoginLimiter(orm);

  const app = express();
  app.disable('x-powered-by');
  // No automatic ETag (a hash of every answer): GraphQL answers are not revalidated that way, and
  // public reads carry their own (public-cache.ts); static files keep serve-static's.
  app.set('etag', false);
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  const headers = securityHeaderList(isProduction);
  app.use(securityHeaders(headers));
  const state = lifecycle ?? { draining: false };
  app.use(closeConnectionsWhenDraining(state));
  app.use(healthRouter(orm, state));
  const context = ({ req, res }: { req: express.Request; res: express.Response }) =>
    createContext(expressExchange(req, res), orm, loginLimiter, settings);
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: GRAPHQL_LIMITS.maxBodyBytes }),
    bodyErrors,
    publicReads(apollo, orm, context, sha256(printSchema(schema)).slice(0, 12)),
    expressMiddleware(apollo, { context }),
  );
  app.use('/exports', exportsRouter(orm, settings.publicUrl));
  app.use('/calendar', calendarRouter(orm, settings.publicUrl));
  app.use('/trainings', participantsRouter(orm));
  app.use('/roadmap', roadmapExportsRouter(orm));
  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/structures/…) all load the single page.
    app.get(/^(?!\/(graphql|exports|calendar|trainings|roadmap|health)).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }
  // Node's HTTP server hands GraphQL POSTs to Apollo directly, the rest to express.
  const listener: RequestListener = withGraphQLPost(
    {
      apollo,
      context: (exchange) => createContext(exchange, orm, loginLimiter, settings),
      headers,
      trustProxy: app.get('trust proxy fn'),
      lifecycle: state,
    },
    app,
  );
  return { listener, stop: () => apollo.stop() };
}
