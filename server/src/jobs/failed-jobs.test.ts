import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { createMailer } from '../mail/mailer';
import { defineJob } from './job-definition';
import { sendJob } from './send-job';

interface FailedJobsPage {
  failedJobs: {
    edges: Array<{ node: { id: string; name: string; data: string; error: string; attempts: number; failedAt: string } }>;
  };
}

const FAILED_JOBS = `query { failedJobs(first: 100) { totalCount edges { node { id name data error attempts failedAt } } } }`;
const RETRY = `mutation($id: ID!) { retryFailedJob(id: $id) { id name } }`;

const runs: number[] = [];
/** Fails on its first two runs (the first attempt and its one retry), succeeds afterwards. */
const flaky = defineJob<{ tag: string }>({
  name: `test.flaky-${randomBytes(4).toString('hex')}`,
  retry: { limit: 1, delaySeconds: 1, backoff: false },
  handle: async (_data, { job }) => {
    runs.push(job.attempt);
    if (runs.length <= 2) throw new Error('Serveur distant indisponible');
  },
});

let server: TestServer;
let jobId: string;

const stateOf = async (id: string) => {
  const [row] = await server.orm.em
    .fork()
    .getConnection()
    .execute(`select state from pgboss.job where name = ? and id = ?`, [flaky.name, id]);
  return row?.state;
};

beforeAll(async () => {
  server = await startTestServer({
    jobs: {
      workers: true,
      mailer: createMailer({ from: 'test@maillage.test' }),
      definitions: [flaky],
      polling: { jobsSeconds: 0.5 },
    },
  });
  jobId = (await sendJob(server.orm.em.fork(), flaky, { tag: 'données <à> voir' }))!;
  await vi.waitFor(async () => expect(await stateOf(jobId)).toBe('failed'), { timeout: 15_000, interval: 200 });
});

afterAll(async () => {
  await server?.close();
});

describe('failed jobs', () => {
  it('are retried, then listed for admins with their data, error and attempts', async () => {
    expect(runs).toEqual([1, 2]);
    const { data, errors } = await server.gql<FailedJobsPage>(FAILED_JOBS, undefined, await signIn(server, DEMO.admin));
    expect(errors).toBeUndefined();
    const failure = data!.failedJobs.edges.map((edge) => edge.node).find((node) => node.id === jobId)!;
    expect(failure).toMatchObject({ name: flaky.name, error: 'Serveur distant indisponible', attempts: 2 });
    expect(JSON.parse(failure.data)).toEqual({ tag: 'données <à> voir' });
    expect(Date.parse(failure.failedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('are hidden from partners and anonymous visitors', async () => {
    const partner = await server.gql(FAILED_JOBS, undefined, await signIn(server, DEMO.partner));
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(partner.data).toBeNull();
    expect((await server.gql(FAILED_JOBS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await server.gql(RETRY, { id: jobId }, await signIn(server, DEMO.parentingAnimator))).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('can be run again by an admin, once', async () => {
    const admin = await signIn(server, DEMO.admin);
    const retried = await server.gql(RETRY, { id: jobId }, admin);
    expect(retried.data.retryFailedJob).toEqual({ id: jobId, name: flaky.name });
    await expect.poll(() => stateOf(jobId), { timeout: 10_000, interval: 200 }).toBe('completed');
    expect(runs).toEqual([1, 2, 3]);
    const { data } = await server.gql<FailedJobsPage>(FAILED_JOBS, undefined, admin);
    expect(data!.failedJobs.edges.some((edge) => edge.node.id === jobId)).toBe(false);
    const again = await server.gql(RETRY, { id: jobId }, admin);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await server.gql(RETRY, { id: 'pas-un-uuid' }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
