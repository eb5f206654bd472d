import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { createLoginLimiter } from '../accounts/login-limiter';
import { createContext, type Context, type ContextSettings } from '../graphql/context';
import { formatError } from '../graphql/format-error';
import { armorProtection, GRAPHQL_LIMITS } from '../graphql/limits';
import { exportsRouter } from '../exports/exports.router';
import { calendarRouter } from '../meetings/calendar/calendar.router';

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  isProduction: boolean;
  settings: ContextSettings;
  /** Express's `trust proxy`: set behind a reverse proxy so rate limits see the client's address. */
  trustProxy?: string | number | boolean;
  /** Built client to serve at `/`; absent in API-only tests. */
  clientDir?: string;
}

/** Oversized or malformed bodies get a JSON answer in the GraphQL error shape, not an HTML page. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error?.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'Requête trop volumineuse.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error?.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'Requête illisible (JSON invalide).', extensions: { code: 'BAD_REQUEST' } }] });
  } else next(error);
};

export async function createApp({ orm, schema, isProduction, settings, trustProxy, clientDir }: AppOptions) {
  const armor = armorProtection(isProduction);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: !isProduction,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    // main.ts owns shutdown order (HTTP, GraphQL, ORM, database): Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [
      ...armor.plugins,
      // No cache hints are used; the plugin would otherwise wrap every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      ...(isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  const loginLimiter = createLoginLimiter(orm);

  const app = express();
  app.disable('x-powered-by');
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: GRAPHQL_LIMITS.maxBodyBytes }),
    bodyErrors,
    expressMiddleware(apollo, { context: ({ req, res }) => createContext({ req, res }, orm, loginLimiter, settings) }),
  );
  app.use('/exports', exportsRouter(orm, settings.publicUrl));
  app.use('/calendar', calendarRouter(orm, settings.publicUrl));
  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/structures/…) all load the single page.
    app.get(/^(?!\/(graphql|exports|calendar)).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }
  return { app, stop: () => apollo.stop() };
}
