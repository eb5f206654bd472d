import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../database/orm-config';
import { createMailer } from '../mail/mailer';
import { parisWallClock } from '../shared/time';
import { defineJob, type JobDefinition } from './job-definition';
import { startJobRunner, type JobRunner } from './job-runner';
import { sendJob } from './send-job';

const mailer = createMailer({ from: 'test@maillage.test' });
const fast = { jobsSeconds: 0.5, schedulesSeconds: 1 };
const tag = () => randomBytes(4).toString('hex');

let orm: MikroORM;
const runners: JobRunner[] = [];
const start = async (definitions: JobDefinition[]) => {
  const runner = await startJobRunner({
    orm,
    workers: true,
    mailer,
    publicUrl: 'http://maillage.test',
    definitions,
    polling: fast,
  });
  runners.push(runner);
  return runner;
};

const jobRows = (name: string) =>
  orm.em.fork().getConnection().execute(`select id, state, retry_count, start_after from pgboss.job where name = ?`, [name]);

beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
});

afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});

afterAll(async () => {
  await orm?.close(true);
});

/** A daily cron at a minute about to come on Paris clocks (this one, unless it is nearly over). */
function cronForThisParisMinute(): string {
  const now = Date.now();
  const minute = Math.floor(now / 60_000) * 60_000 + (now % 60_000 > 45_000 ? 60_000 : 0);
  const [hours, minutes] = parisWallClock(new Date(minute)).time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

describe('the job runner', () => {
  it('runs a scheduled job once per occurrence, with two runners on the database, on Paris clocks', async () => {
    const runs: string[] = [];
    const name = `test.scheduled-${tag()}`;
    // Daily, at a minute on Paris clocks: read in UTC it would not come for an hour or two.
    const scheduled = defineJob({
      name,
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      schedule: { cron: cronForThisParisMinute(), data: {} },
      handle: async (_data, { job }) => void runs.push(job.id),
    });
    await Promise.all([start([scheduled]), start([scheduled])]);
    await expect.poll(() => runs.length, { timeout: 25_000, interval: 200 }).toBe(1);
    // Both runners look for due schedules every second, and the occurrence stays due for the
    // rest of its minute: a few more seconds would show any second run.
    await sleep(4_000);
    expect(runs).toHaveLength(1);
    expect(await jobRows(name)).toHaveLength(1);
  }, 45_000);

  it('retries a failing handler with growing delays, then records the job as failed', async () => {
    const attempts: Array<{ at: number; attempt: number; isLastAttempt: boolean }> = [];
    const failing = defineJob<{ tag: string }>({
      name: `test.failing-${tag()}`,
      retry: { limit: 2, delaySeconds: 1, backoff: true },
      handle: async (_data, { job }) => {
        attempts.push({ at: Date.now(), attempt: job.attempt, isLastAttempt: job.isLastAttempt });
        throw new Error('Panne simulée');
      },
    });
    await start([failing]);
    const id = await sendJob(orm.em.fork(), failing, { tag: 'x' });
    await expect.poll(async () => (await jobRows(failing.name))[0]?.state, { timeout: 20_000, interval: 200 }).toBe('failed');
    expect(attempts.map(({ attempt, isLastAttempt }) => [attempt, isLastAttempt])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // Backoff: 1–2 s after the first failure, then 2–4 s.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(1_000);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(2_000);
    const [failed] = await orm.em
      .fork()
      .getConnection()
      .execute(`select id, output->>'message' as error from pgboss.job where name = ?`, [failing.name]);
    expect(failed).toEqual({ id, error: 'Panne simulée' });
  }, 30_000);

  it('lets a running job finish when it stops', async () => {
    let started = false;
    let finished = false;
    const slow = defineJob({
      name: `test.slow-${tag()}`,
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      handle: async () => {
        started = true;
        await sleep(1_500);
        finished = true;
      },
    });
    const runner = await start([slow]);
    await sendJob(orm.em.fork(), slow, {});
    await expect.poll(() => started, { timeout: 10_000, interval: 50 }).toBe(true);
    await runner.stop();
    expect(finished).toBe(true);
    await expect.poll(async () => (await jobRows(slow.name))[0]?.state, { timeout: 5_000 }).toBe('completed');
  });
});
