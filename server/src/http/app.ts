import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context';
import { formatError } from '../graphql/format-error';
import { exportsRouter } from '../exports/exports.router';

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  isProduction: boolean;
  publicUrl: string;
  /** Built client to serve at `/`; absent in API-only tests. */
  clientDir?: string;
}

export async function createApp({ orm, schema, isProduction, publicUrl, clientDir }: AppOptions) {
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: !isProduction,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown order (HTTP, GraphQL, ORM, database): Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: isProduction ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => ({ em: orm.em.fork(), viewer: null }),
    }),
  );
  app.use('/exports', exportsRouter(orm, publicUrl));
  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/organisations/…) all load the single page.
    app.get(/^(?!\/(graphql|exports)).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }
  return { app, stop: () => apollo.stop() };
}
