import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob } from '../jobs/job-definition';
import { sendJob } from '../jobs/send-job';
import { createMailer } from '../mail/mailer';
import { addMembership, createAnimator, createOrganization, createPerson } from '../../test/factories';
import { REGISTER, REGISTRATIONS, trainingInput } from '../trainings/trainings.test-support';
import { freshAccount, startTestServer, type TestServer } from '../../test/test-server';

// Two stateless instances on one PostgreSQL, as a department's load balancer would run them:
// whatever matters (sessions, limits, jobs, agendas) lives in the database, so it holds across both.
const tag = randomBytes(4).toString('hex');
const runs: string[] = [];
const probe = defineJob<{ n: number }>({
  name: `test.two-instances-${tag}`,
  retry: { limit: 2, delaySeconds: 1, backoff: false },
  concurrency: 4,
  handle: async ({ n }) => void runs.push(String(n)),
});

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  const jobs = {
    workers: true,
    mailer: createMailer({ from: 'tests@maillage.test' }),
    definitions: [probe],
    polling: { jobsSeconds: 0.5 },
  };
  [a, b] = await Promise.all([startTestServer({ jobs }), startTestServer({ jobs })]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

const both = (i: number) => (i % 2 === 0 ? a : b);

describe('two instances, one database', () => {
  it('shares sessions: signed in on one, known and signed out on the other', async () => {
    const { headers, email } = await freshAccount(a);
    expect((await b.gql('{ me { email } }', {}, headers)).data.me.email).toBe(email);
    await b.gql('mutation { logout }', {}, headers);
    expect((await a.gql('{ me { email } }', {}, headers)).data.me).toBeNull();
  });

  it('counts failed sign-ins across instances', async () => {
    const { email } = await freshAccount(a);
    const attempt = (i: number) =>
      both(i).gql(`mutation($e: String!) { login(email: $e, password: "pas-le-bon-mot-de-passe") { token } }`, { e: email });
    const codes = [];
    for (let i = 0; i < 11; i++) codes.push((await attempt(i)).errors?.[0].extensions?.code);
    expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
  });

  it('runs each job once, whichever instance takes it', async () => {
    for (let n = 0; n < 40; n++) await sendJob(both(n).orm.em.fork(), probe, { n });
    await expect.poll(() => runs.length, { timeout: 30_000, interval: 200 }).toBe(40);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(new Set(runs).size).toBe(40);
    expect(runs).toHaveLength(40);
  });

  it('never overbooks a training when registrations arrive through both instances', async () => {
    const animator = await createAnimator(a);
    const structure = await createOrganization(a);
    await addMembership(a, { network: animator.network.slug, organizationId: structure.id });
    const people = [];
    for (let i = 0; i < 20; i++) people.push(await createPerson(a, structure.id));
    const created = await a.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      { input: trainingInput([animator.network.slug], { capacity: 5 }) },
      animator.account.headers,
    );
    const trainingId = created.data.createTraining.id;
    const answers = await Promise.all(
      people.map((person, i) => both(i).gql(REGISTER, { t: trainingId, p: person.id }, animator.account.headers)),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const training = (await b.gql(REGISTRATIONS, { id: trainingId }, animator.account.headers)).data.training;
    const statuses = training.registrations.map((r: { status: string }) => r.status);
    expect(statuses.filter((status: string) => status === 'CONFIRMED')).toHaveLength(5);
    expect(statuses.filter((status: string) => status === 'WAITLISTED')).toHaveLength(15);
    expect(training.registrations.map((r: { sequence: number }) => r.sequence).sort((x: number, y: number) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect([training.confirmedCount, training.waitlistCount, training.seatsLeft]).toEqual([5, 15, 0]);
  });

  it('keeps an agenda whole when two animators reorder it through both instances at once', async () => {
    const animator = await createAnimator(a);
    const start = new Date(Date.now() + 40 * 24 * 3600_000);
    const scheduled = await a.gql(
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          title: 'Commission à deux serveurs',
          kind: 'COMMISSION',
          networkSlugs: [animator.network.slug],
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
        },
      },
      animator.account.headers,
    );
    const meetingId = scheduled.data.scheduleMeeting.id;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const proposed = await both(i).gql(
        `mutation($m: ID!, $input: AgendaItemInput!) { proposeAgendaItem(meetingId: $m, input: $input) { id } }`,
        { m: meetingId, input: { title: `Point ${i}`, kind: 'DISCUSSION', durationMinutes: 20 } },
        animator.account.headers,
      );
      ids.push(proposed.data.proposeAgendaItem.id);
      await both(i + 1).gql(
        `mutation($id: ID!) { reviewAgendaItem(id: $id, status: ACCEPTED) { id } }`,
        { id: ids[i] },
        animator.account.headers,
      );
    }
    const moves = Array.from({ length: 24 }, (_, i) =>
      both(i).gql(
        `mutation($id: ID!, $p: Int!) { moveAgendaItem(id: $id, position: $p) { id } }`,
        { id: ids[(i * 5) % 6], p: (i * 7) % 6 },
        animator.account.headers,
      ),
    );
    const results = await Promise.all(moves);
    expect(results.filter((result) => result.errors)).toEqual([]);
    const agenda = (
      await b.gql(`query($id: ID!) { meeting(id: $id) { agenda { id position } } }`, { id: meetingId }, animator.account.headers)
    ).data.meeting.agenda as Array<{ id: string; position: number }>;
    expect(agenda.map((item) => item.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(agenda.map((item) => item.id))).toEqual(new Set(ids));
  });
});
