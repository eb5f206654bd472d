import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../shared/pagination';
import { jobDatabase, JOB_SCHEMA, jobStatements } from './job-database';
import { jobError } from './job.errors';

/** A job that used up its retries, as pg-boss keeps it. */
export interface JobFailureRecord {
  id: string;
  name: string;
  data: unknown;
  error: string;
  attempts: number;
  failedAt: Date;
}

interface FailedRow {
  id: string;
  name: string;
  data: unknown;
  error: string | null;
  retry_count: number;
  completed_on: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// pg-boss stores the thrown error as its output: { message, stack, … }, or { value: { message } } for a timeout.
const FAILED_ROWS = `
  select id, name, data, retry_count, completed_on,
         coalesce(output->>'message', output->'value'->>'message', output::text) as error
  from ${JOB_SCHEMA}.job where state = 'failed'`;

/** pg-boss creates its schema when a runner first starts: until then nothing has failed. */
async function jobTablesExist(em: EntityManager): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ exists: boolean }[]>(`select to_regclass('${JOB_SCHEMA}.job') is not null as exists`);
  return row.exists;
}

const toRecord = (row: FailedRow): JobFailureRecord => ({
  id: row.id,
  name: row.name,
  data: row.data,
  error: row.error ?? '',
  // retry_count counts runs after the first.
  attempts: row.retry_count + 1,
  failedAt: new Date(row.completed_on),
});

/** Failed jobs, the latest failure first. */
export async function listFailedJobs(em: EntityManager, { limit, offset }: PageRequest): Promise<Page<JobFailureRecord>> {
  if (!(await jobTablesExist(em))) return { nodes: [], totalCount: 0, offset };
  const connection = em.getConnection();
  const [{ count }] = await connection.execute<{ count: string }[]>(
    `select count(*) from ${JOB_SCHEMA}.job where state = 'failed'`,
  );
  const rows = await connection.execute<FailedRow[]>(`${FAILED_ROWS} order by completed_on desc, id desc limit ? offset ?`, [
    limit,
    offset,
  ]);
  return { nodes: rows.map(toRecord), totalCount: Number(count), offset };
}

/** Runs a failed job once more (pg-boss grants it one more attempt). */
export async function retryFailedJob(em: EntityManager, id: string): Promise<JobFailureRecord> {
  const [row] =
    UUID.test(id) && (await jobTablesExist(em))
      ? await em.getConnection().execute<FailedRow[]>(`${FAILED_ROWS} and id = ?`, [id])
      : [];
  if (!row) throw jobError('FAILED_JOB_NOT_FOUND');
  await jobStatements.retry(row.name, id, { db: jobDatabase(em) });
  return toRecord(row);
}
