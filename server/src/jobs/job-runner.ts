import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import { systemActor } from '../shared/actor';
import { logger } from '../shared/logger';
import { PARIS } from '../shared/time';
import type { JobDefinition } from './job-definition';
import { JOB_DEFINITIONS } from './registry';
import { installJobTables, jobConnection } from './job-tables';

export interface JobRunnerOptions {
  orm: MikroORM;
  /**
   * true: run the handlers, the schedules and pg-boss's upkeep. false: only make sure the schema
   * and queues exist, so that this process can queue jobs for others to run (WORKERS=off).
   */
  workers: boolean;
  mailer: Mailer;
  /** Base of the links handlers write into mails (config.publicUrl). */
  publicUrl: string;
  /** The jobs this runner knows; all of the registry by default. */
  definitions?: readonly JobDefinition[];
  /** How often to look for jobs and for due schedules; tests make them short. */
  polling?: { jobsSeconds?: number; schedulesSeconds?: number };
}

export interface JobRunner {
  /** Stops taking jobs, lets the running ones finish (up to 30 s), then closes its connections. */
  stop: () => Promise<void>;
}

// Failed jobs stay in the job table, where admins see and retry them, for a month (pg-boss: 12 h).
const KEEP_FAILED_SECONDS = 30 * 24 * 3600;
const STOP_TIMEOUT_MS = 30_000;

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { orm, workers, definitions = JOB_DEFINITIONS, polling = {} } = options;
  await installJobTables(orm, definitions.map(queueOf));
  // Jobs are queued through the ORM's connection (sendJob): without workers, nothing more to run.
  if (!workers) return { stop: async () => {} };
  const boss = new PgBoss({
    ...jobConnection(orm),
    max: 4,
    migrate: false,
    archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    cronMonitorIntervalSeconds: polling.schedulesSeconds ?? 30,
    cronWorkerIntervalSeconds: polling.schedulesSeconds ?? 5,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'Job runner error'));
  settleCompletionsQuietly();
  await boss.start();
  for (const definition of definitions) {
    if (definition.schedule)
      await boss.schedule(definition.name, definition.schedule.cron, definition.schedule.data, { tz: PARIS });
    else await boss.unschedule(definition.name);
    await work(boss, definition, options, polling.jobsSeconds ?? 2);
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS }) };
}

/** A queue carries its jobs' retry policy. */
const queueOf = (definition: JobDefinition): PgBoss.Queue => ({
  name: definition.name,
  policy: 'standard',
  retryLimit: definition.retry.limit,
  retryDelay: definition.retry.delaySeconds,
  retryBackoff: definition.retry.backoff,
  ...(definition.expireInSeconds ? { expireInSeconds: definition.expireInSeconds } : {}),
});

async function work(boss: PgBoss, definition: JobDefinition, options: JobRunnerOptions, pollingSeconds: number) {
  const run = async ([job]: PgBoss.JobWithMetadata<object>[]) => {
    const attempt = job.retryCount + 1;
    const context = {
      em: options.orm.em.fork(),
      actor: systemActor(definition.name),
      mailer: options.mailer,
      publicUrl: options.publicUrl,
      job: { id: job.id, attempt, isLastAttempt: job.retryCount >= job.retryLimit },
    };
    try {
      await definition.handle(job.data, context);
    } catch (error) {
      logger.warn(
        { err: error, job: definition.name, jobId: job.id, attempt },
        `Job ${definition.name} failed (attempt ${attempt})`,
      );
      throw error; // pg-boss records it, then retries or marks the job failed
    }
  };
  const workOptions = { batchSize: 1, includeMetadata: true as const, pollingIntervalSeconds: pollingSeconds };
  for (let worker = 0; worker < (definition.concurrency ?? 1); worker++) await boss.work(definition.name, workOptions, run);
}

/**
 * pg-boss 10 marks a job done or failed without awaiting it (src/manager.js, onFetch): if PostgreSQL
 * drops at that moment, the rejection is unhandled and would stop the process. The job then stays
 * active until it expires and runs again — handlers are idempotent — so a warning is enough. The
 * manager is private to PgBoss, hence its prototype; patched once per process.
 */
let completionsSettled = false;
function settleCompletionsQuietly() {
  if (completionsSettled) return;
  completionsSettled = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manager = require('pg-boss/src/manager') as { prototype: Record<string, (...args: unknown[]) => Promise<unknown>> };
  for (const method of ['complete', 'fail']) {
    const original = manager.prototype[method];
    manager.prototype[method] = function (this: unknown, ...args: unknown[]) {
      return original.apply(this, args).catch((error: unknown) => {
        logger.warn(
          { err: error },
          `Job runner: a job's ${method === 'complete' ? 'completion' : 'failure'} was not recorded; it will run again`,
        );
      });
    };
  }
}
