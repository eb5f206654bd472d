import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres';
import { defineJob } from '../../server/src/jobs/job-definition';
import { JOB_DEFINITIONS } from '../../server/src/jobs/registry';
import { sendJob } from '../../server/src/jobs/send-job';
import { createMailer } from '../../server/src/mail/mailer';
import { freePort, prepareDatabase } from '../../server/test/prepare-database';
import { DEMO, signIn, startTestServer, type TestServer } from '../../server/test/test-server';
import { launchBrowser, openPage } from './browser';

// This file stops PostgreSQL: it runs its own, never the run's shared one. Server and client both:
// the API's answers during the outage, then the page that says it is reconnecting.
const OUTAGE_SECONDS = 10;
const probeRuns: string[] = [];
const probe = defineJob<{ tag: string }>({
  name: 'test.outage-probe',
  retry: { limit: 5, delaySeconds: 1, backoff: false },
  handle: async ({ tag }) => void probeRuns.push(tag),
});

let folder: string;
let port: number;
let postgres: EmbeddedDatabase;
let server: TestServer;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-outage-'));
  fs.chmodSync(folder, 0o755);
  port = await freePort();
  postgres = await startEmbeddedPostgres(folder, port);
  await postgres.createDatabase('maillage_outage');
  await prepareDatabase(postgres.url('maillage_outage'));
  server = await startTestServer({
    withClient: true,
    databaseUrl: postgres.url('maillage_outage'),
    jobs: {
      workers: true,
      mailer: createMailer({ from: 'tests@maillage.test' }),
      definitions: [...JOB_DEFINITIONS, probe],
      polling: { jobsSeconds: 0.5, schedulesSeconds: 1 },
    },
  });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await postgres?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

interface Outcome {
  at: number;
  ms: number;
  kind: 'read' | 'write';
  status: number;
  codes: string[];
  retryAfter: string | null;
  meetingId?: string;
  registrationId?: string;
}

const READ = `{ networks { slug name memberships { organization { name } } } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;

async function request(kind: Outcome['kind'], body: object, headers: Record<string, string>): Promise<Outcome> {
  const at = Date.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: { scheduleMeeting?: { id: string }; registerForTraining?: { id: string } };
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    at,
    ms: Date.now() - at,
    kind,
    status: response.status,
    codes: (json.errors ?? []).map((error) => error.extensions?.code ?? 'NONE'),
    retryAfter: response.headers.get('retry-after'),
    meetingId: json.data?.scheduleMeeting?.id,
    registrationId: json.data?.registerForTraining?.id,
  };
}

describe('PostgreSQL stops for 10 s under load', () => {
  it('fails fast with SERVICE_UNAVAILABLE, recovers by itself, and leaves nothing half-written', async () => {
    const animator = await signIn(server, DEMO.avsAnimator);
    const tag = `Panne ${Date.now()}`;
    const outcomes: Outcome[] = [];
    let running = true;
    let written = 0;
    // A small training of the commission, and its members to register and cancel in turn.
    const members = await server.gql(`{ network(slug: "commission-avs") { memberships { person { id } } } }`, {}, animator);
    const people: string[] = members.data.network.memberships.flatMap((m: { person: { id: string } | null }) =>
      m.person ? [m.person.id] : [],
    );
    const startsAt = new Date(Date.UTC(2032, 5, 1, 8));
    const training = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      {
        input: {
          title: `${tag} formation`,
          networkSlugs: ['commission-avs'],
          capacity: 2,
          sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString() }],
        },
      },
      animator,
    );
    const trainingId = training.data.createTraining.id as string;
    const registrationWork = async () => {
      const person = people[written++ % people.length];
      const registered = await request(
        'write',
        {
          query: `mutation($t: ID!, $p: ID) { registerForTraining(trainingId: $t, personId: $p) { id } }`,
          variables: { t: trainingId, p: person },
        },
        animator,
      );
      const id = registered.registrationId;
      if (!id) return registered;
      outcomes.push(registered);
      return request(
        'write',
        { query: `mutation($id: ID!) { cancelRegistration(id: $id) { id } }`, variables: { id } },
        animator,
      );
    };
    const worker = async (index: number) => {
      while (running) {
        if (index === 2) {
          const outcome = await registrationWork();
          outcomes.push(outcome);
          await sleep(outcome.ms < 20 ? 20 : 0);
          continue;
        }
        const write = index % 2 === 1;
        const start = new Date(Date.UTC(2032, 0, 5 + (written % 300), 8 + (written % 8)));
        written++;
        const outcome = write
          ? await request(
              'write',
              {
                query: SCHEDULE,
                variables: {
                  input: {
                    networkSlugs: ['commission-avs'],
                    title: `${tag} ${written}`,
                    kind: 'NETWORK_MEETING',
                    startsAt: start.toISOString(),
                    endsAt: new Date(start.getTime() + 3600_000).toISOString(),
                  },
                },
              },
              animator,
            )
          : await request('read', { query: READ }, animator);
        outcomes.push(outcome);
        // Keep the load steady rather than spinning on instant failures.
        await sleep(outcome.ms < 20 ? 20 : 0);
      }
    };
    const workers = [0, 1, 2, 3].map(worker);

    await sleep(2_000);
    const stoppedAt = Date.now();
    await postgres.stop();
    await sleep(OUTAGE_SECONDS * 1000);
    postgres = await startEmbeddedPostgres(folder, port);
    const restartedAt = Date.now();
    await expect
      .poll(() => outcomes.filter((o) => o.at > restartedAt && o.status === 200 && o.codes.length === 0).length, {
        timeout: 20_000,
        interval: 250,
      })
      .toBeGreaterThan(10);
    running = false;
    await Promise.all(workers);

    // Only two answers exist: the right one, or a 503 that says "retry".
    const unexpected = outcomes.filter(
      (o) =>
        !(o.status === 200 && o.codes.length === 0) && !(o.status === 503 && o.codes.every((c) => c === 'SERVICE_UNAVAILABLE')),
    );
    expect(unexpected).toEqual([]);
    const refused = outcomes.filter((o) => o.status === 503);
    expect(refused.length).toBeGreaterThan(20);
    expect(refused.every((o) => o.retryAfter === '5')).toBe(true);
    // Fast failures: clients are not left hanging on a dead database.
    const slowest = refused.map((o) => o.ms).sort((a, b) => a - b)[Math.floor(refused.length * 0.95)];
    expect(slowest).toBeLessThan(1_000);
    const firstBack = outcomes.find((o) => o.at > restartedAt && o.status === 200)!;
    console.log(
      `outage: ${outcomes.length} requests, ${refused.length} answered 503 (p95 ${slowest} ms), ` +
        `first success ${((firstBack.at - restartedAt) / 1000).toFixed(1)} s after PostgreSQL came back ` +
        `(stopped ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s)`,
    );

    // Nothing half-written: every meeting of this test is whole (its network, its audit entry),
    // and every write the client was told succeeded is there.
    const connection = server.orm.em.fork().getConnection();
    const meetings: Array<{ id: string; networks: number; audits: number }> = await connection.execute(
      `select m.id,
              (select count(*)::int from meeting_network mn where mn.meeting_id = m.id) as networks,
              (select count(*)::int from audit_entry a where a.target_id = m.id and a.action = 'scheduleMeeting') as audits
         from meeting m where m.title like ?`,
      [`${tag} %`],
    );
    expect(meetings.filter((m) => m.networks !== 1 || m.audits !== 1)).toEqual([]);
    const stored = new Set(meetings.map((m) => m.id));
    const confirmed = outcomes.filter((o) => o.meetingId).map((o) => o.meetingId!);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.filter((id) => !stored.has(id))).toEqual([]);
    // Seats: the training's counters agree with its registrations, never over capacity.
    const [seats] = await connection.execute(
      `select t.capacity, t.confirmed_count as confirmed, t.waitlist_count as waitlisted,
              (select count(*)::int from registration r where r.training_id = t.id and r.status = 'CONFIRMED') as "confirmedRows",
              (select count(*)::int from registration r where r.training_id = t.id and r.status = 'WAITLISTED') as "waitlistedRows",
              (select count(*)::int from registration r where r.training_id = t.id) as "allRows"
         from training t where t.id = ?`,
      [trainingId],
    );
    expect(seats.confirmed).toBe(seats.confirmedRows);
    expect(seats.waitlisted).toBe(seats.waitlistedRows);
    expect(seats.confirmed).toBeLessThanOrEqual(seats.capacity);
    expect(seats.allRows).toBeGreaterThan(0);

    // The job runner went on: a job queued after the outage runs.
    await sendJob(server.orm.em.fork(), probe, { tag });
    await expect.poll(() => probeRuns.includes(tag), { timeout: 30_000, interval: 250 }).toBe(true);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
  }, 120_000);
});

describe('the client while PostgreSQL is away', () => {
  it('shows that it is reconnecting, then loads the page by itself', async () => {
    const browser = await launchBrowser();
    try {
      const { page } = await openPage(browser, `${server.url}/annuaire`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const banner = page.getByRole('status').filter({ hasText: 'Connexion au serveur perdue' });
      await postgres.stop();
      await page.getByRole('link', { name: 'Réseaux / matrice' }).click();
      await banner.waitFor({ state: 'visible', timeout: 15_000 });
      await page.screenshot({ path: 'test-results/screenshots/reconnecting.png' });
      postgres = await startEmbeddedPostgres(folder, port);
      await banner.waitFor({ state: 'hidden', timeout: 30_000 });
      await page.getByRole('table').first().waitFor({ timeout: 15_000 });
    } finally {
      await browser.close();
    }
  }, 90_000);
});
