import type PgBoss from 'pg-boss';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jobDatabase, jobStatements } from './job-database';
import type { JobDefinition } from './job-definition';

export type SendJobOptions = Omit<PgBoss.SendOptions, 'db'>;

const DEDUPLICATING: Array<keyof SendJobOptions> = [
  'id',
  'singletonKey',
  'singletonSeconds',
  'singletonMinutes',
  'singletonHours',
];

/**
 * Queues a job. Inside `em.transactional()` it is part of that transaction: rolled back with it,
 * and visible to workers only once it commits. Returns the job's id, or null when a singleton
 * option found the job already queued.
 */
export async function sendJob<Data extends object>(
  em: EntityManager,
  job: JobDefinition<Data>,
  data: Data,
  options: SendJobOptions = {},
): Promise<string | null> {
  const id = await jobStatements.send(job.name, data, { ...options, db: jobDatabase(em) });
  // pg-boss answers null, without an error, when the queue does not exist: say so.
  if (id === null && !DEDUPLICATING.some((option) => option in options)) {
    throw new Error(`Job "${job.name}" was not queued: is its queue created (a job runner started with it)?`);
  }
  return id;
}
