import 'reflect-metadata';
import path from 'node:path';
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { migrate, openDatabase, seedIfEmpty } from './database/database';
import { buildMaillageSchema } from './graphql/schema';
import { createApp } from './http/app';
import { logger } from './shared/logger';

const projectRoot = path.resolve(__dirname, '..', '..', __filename.endsWith('.ts') ? '' : '..');

async function main() {
  const config = loadConfig();
  logger.info(config.databaseUrl ? 'Using the PostgreSQL at DATABASE_URL' : 'Starting the embedded PostgreSQL');
  const database = await openDatabase(config);
  let server: Server | undefined;
  let stopApp: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: stopping`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    logger.debug('HTTP server closed');
    await stopApp?.();
    logger.debug('GraphQL server stopped');
    await database.close();
    logger.info('Stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await migrate(database.orm);
  if (config.demoMode) await seedIfEmpty(database.orm);
  else logger.info('Demo mode is off (production database): no demo data, no demo accounts');
  const schema = await buildMaillageSchema();
  const { app, stop } = await createApp({
    orm: database.orm,
    schema,
    isProduction: config.isProduction,
    settings: { demoMode: config.demoMode, secureCookies: config.secureCookies, publicUrl: config.publicUrl },
    trustProxy: config.trustProxy,
    clientDir: path.join(projectRoot, 'client', 'dist'),
  });
  stopApp = stop;
  server = app.listen(config.port, () => {
    logger.info(`Maillage is ready: ${config.publicUrl}/ (API at ${config.publicUrl}/graphql)`);
  });
}

main().catch((error) => {
  logger.fatal({ err: error }, `Maillage could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
