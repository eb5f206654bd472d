import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../database/orm-config';
import { createMailer } from '../mail/mailer';
import { defineJob } from './job-definition';
import { startJobRunner, type JobRunner } from './job-runner';
import { sendJob } from './send-job';

const tag = randomBytes(4).toString('hex');
const job = defineJob<{ n: number }>({
  name: `test.transactional-${tag}`,
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  handle: async () => {},
});

let orm: MikroORM;
let runner: JobRunner;

const jobsQueued = async () => {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Array<{ data: { n: number } }>>(`select data from pgboss.job where name = ? order by created_on`, [job.name]);
  return rows.map((row) => row.data.n);
};

beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  // No workers: the jobs stay queued where the test can see them (WORKERS=off creates queues too).
  runner = await startJobRunner({
    orm,
    workers: false,
    mailer: createMailer({ from: 'test@maillage.test' }),
    publicUrl: 'http://maillage.test',
    definitions: [job],
  });
});

afterAll(async () => {
  await runner?.stop();
  await orm?.close(true);
});

describe('sendJob', () => {
  it('queues a job in the caller’s transaction: invisible until it commits, gone if it rolls back', async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await sendJob(tx, job, { n: 1 });
        expect(await jobsQueued()).toEqual([]); // another connection does not see it yet
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobsQueued()).toEqual([]);

    await orm.em.fork().transactional(async (tx) => {
      await sendJob(tx, job, { n: 2 });
      expect(await jobsQueued()).toEqual([]);
    });
    expect(await jobsQueued()).toEqual([2]);
  });

  it('queues at once outside a transaction', async () => {
    await sendJob(orm.em.fork(), job, { n: 3 });
    expect(await jobsQueued()).toEqual([2, 3]);
  });

  it('refuses a job whose queue no runner created, instead of dropping it silently', async () => {
    const unknown = defineJob({ ...job, name: `test.unknown-${tag}` });
    await expect(sendJob(orm.em.fork(), unknown, { n: 4 })).rejects.toThrow(/was not queued/);
  });
});
