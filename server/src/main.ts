import 'reflect-metadata';
import http, { type Server } from 'node:http';
import path from 'node:path';
import { loadConfig } from './config';
import { startHeapSampling } from './diagnostics/heap-sampling';
import { migrate, openDatabase, seedIfEmpty } from './database/database';
import { buildMaillageSchema } from './graphql/schema';
import { createApp } from './http/app';
import { drainHttpServer } from './http/drain';
import type { Lifecycle } from './http/health';
import { startJobRunner, type JobRunner } from './jobs/job-runner';
import { createMailer } from './mail/mailer';
import { logger } from './shared/logger';

// A request still running after this is cut: load balancers usually allow 30 s in all.
const DRAIN_TIMEOUT_MS = 20_000;

const projectRoot = path.resolve(__dirname, '..', '..', __filename.endsWith('.ts') ? '' : '..');

async function main() {
  const config = loadConfig();
  const stopHeapSampling = await startHeapSampling(process.env.HEAP_PROFILE_FILE);
  logger.info(config.databaseUrl ? 'Using the PostgreSQL at DATABASE_URL' : 'Starting the embedded PostgreSQL');
  const database = await openDatabase(config);
  // What is running, for the shutdown to stop in order whatever was reached.
  const running: { server?: Server; stopApp?: () => Promise<void>; jobs?: JobRunner } = {};
  const lifecycle: Lifecycle = { draining: false };
  const shutdown = async (signal: string) => {
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    logger.info(`${signal} received: finishing the requests and jobs under way, then stopping`);
    // Ctrl-C at a terminal stops at once; an orchestrator's SIGTERM gets the grace pause.
    const graceMs = signal === 'SIGTERM' ? config.shutdownGraceSeconds * 1000 : 0;
    if (running.server) await drainHttpServer(running.server, { graceMs, timeoutMs: DRAIN_TIMEOUT_MS });
    logger.debug('HTTP server closed (in-flight requests answered)');
    await running.stopApp?.();
    logger.debug('GraphQL server stopped');
    // Running jobs finish before the ORM they use closes.
    await running.jobs?.stop();
    logger.debug('Job runner stopped');
    await database.close();
    await stopHeapSampling?.();
    logger.info('Stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await migrate(database.orm);
  if (config.demoMode) await seedIfEmpty(database.orm);
  else logger.info('Demo mode is off (production database): no demo data, no demo accounts');
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  logger.info(
    mailer.smtp
      ? `Mail goes out over SMTP as ${config.mailFrom}`
      : 'No SMTP_URL: mail stays in the outbox (Administration › Courriels envoyés)',
  );
  running.jobs = await startJobRunner({
    orm: database.orm,
    workers: config.workers !== 'off',
    mailer,
    publicUrl: config.publicUrl,
  });
  logger.info(`Background jobs: WORKERS=${config.workers}`);
  if (config.workers === 'only') return logger.info('Workers only: no HTTP listener');

  const schema = await buildMaillageSchema();
  const { listener, stop } = await createApp({
    orm: database.orm,
    schema,
    isProduction: config.isProduction,
    settings: {
      demoMode: config.demoMode,
      secureCookies: config.secureCookies,
      publicUrl: config.publicUrl,
      compiledReads: config.compiledReads,
    },
    trustProxy: config.trustProxy,
    clientDir: path.join(projectRoot, 'client', 'dist'),
    lifecycle,
  });
  running.stopApp = stop;
  running.server = http.createServer(listener).listen(config.port, () => {
    logger.info(`Maillage is ready: ${config.publicUrl}/ (API at ${config.publicUrl}/graphql)`);
  });
}

main().catch((error) => {
  logger.fatal({ err: error }, `Maillage could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
