import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { CANCEL, outbox, REGISTER, runPromotions, seatToken } from '../trainings/trainings.test-support';
import trainingsData from './data/trainings.json';
import type { SeedTraining } from './trainings-seed';

const trainings = trainingsData.trainings as SeedTraining[];
const ctg = fs.readFileSync(path.join(__dirname, 'data', 'ctg.txt'), 'utf8').split('\n');

describe('the demo trainings data', () => {
  it('quotes, for each training, the passage of the CTG it comes from', () => {
    for (const training of trainings) expect(ctg[training.source.line - 1], training.key).toContain(training.source.quote);
  });

  it('covers the shared trainings the CTG lists, each with its networks', () => {
    const networksOf = (line: number) => trainings.find((t) => t.source.line === line)?.networks;
    expect(networksOf(295)).toEqual(['acces-aux-droits-inclusion-numerique']);
    expect(networksOf(360)).toEqual(['petite-enfance']);
    expect(networksOf(408)).toEqual(['enfance-pedt']);
    expect(networksOf(481)).toEqual(['jeunesse']);
    expect(networksOf(525)).toEqual(['parentalite']);
    expect(networksOf(580)).toEqual(['commission-avs']);
    expect(trainings.find((t) => t.source.line === 329)?.trainer).toMatch(/Pôle ressource handicap et Camesop/);
    expect(networksOf(582)).toEqual(['parentalite', 'jeunesse', 'commission-avs']);
  });
});

const LIST = `{ trainings { id title isPublic capacity confirmedCount waitlistCount networks { slug } organizer { slug }
  sessions { startsAt commune { name } place onlineUrl } registrations { status waitlistPosition person { email } } } }`;

describe('the seeded demo trainings', () => {
  let server: TestServer;
  let admin: Record<string, string>;
  let seeded: any[];
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signIn(server, DEMO.admin);
    const titles = new Set(trainings.map((t) => t.title));
    seeded = (await server.gql(LIST, undefined, admin)).data.trainings.filter((t: any) => titles.has(t.title));
  });
  afterAll(() => server.close());

  it('are all there, with their networks, organisers, sessions and registrations in every state', () => {
    expect(seeded).toHaveLength(trainings.length);
    for (const data of trainings) {
      const training = seeded.find((t) => t.title === data.title);
      expect(training.networks.map((n: any) => n.slug).sort(), data.key).toEqual([...data.networks].sort());
      expect(training.organizer.slug).toBe(data.organizer);
      expect(training.sessions).toHaveLength(data.sessions.length);
      expect(training.registrations).toHaveLength(data.registrations.length);
      expect(training.confirmedCount).toBe(training.registrations.filter((r: any) => r.status === 'CONFIRMED').length);
      expect(training.confirmedCount).toBeLessThanOrEqual(training.capacity);
    }
    const statuses = new Set(seeded.flatMap((t) => t.registrations.map((r: any) => r.status)));
    expect([...statuses].sort()).toEqual(['CANCELLED', 'CONFIRMED', 'WAITLISTED']);
  });

  it('has the training shared by the parenting, youth and AVS networks full, with a waitlist the parenting partner can join', async () => {
    const shared = seeded.find((t) => t.networks.length === 3);
    expect(shared).toMatchObject({ capacity: 6, confirmedCount: 6, waitlistCount: 1 });
    expect(shared.registrations.find((r: any) => r.status === 'WAITLISTED')).toMatchObject({ waitlistPosition: 1 });
    expect(shared.registrations.map((r: any) => r.person.email)).not.toContain(DEMO.partner);
    const partner = await signIn(server, DEMO.partner);
    const { data } = await server.gql(
      `query($id: ID!) { training(id: $id) { viewerCan { register } myRegistration { id } } }`,
      { id: shared.id },
      partner,
    );
    expect(data.training).toEqual({ viewerCan: { register: true }, myRegistration: null });
  });

  it('lets a partner of the parenting network be waitlisted on a training shared with youth and AVS, then promoted', async () => {
    // The same shape as the demo training, created here: the demo rows stay as they are for the other files.
    const created = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      {
        input: {
          title: 'Formation commune (essai de promotion)',
          networkSlugs: ['parentalite', 'jeunesse', 'commission-avs'],
          capacity: 1,
          sessions: [{ startsAt: '2031-03-04T08:00:00Z', endsAt: '2031-03-04T11:00:00Z' }],
        },
      },
      admin,
    );
    const trainingId = created.data.createTraining.id;
    const youth = await signIn(server, DEMO.youthAnimator);
    const seat = (await server.gql(REGISTER, { t: trainingId }, youth)).data.registerForTraining;
    expect(seat.status).toBe('CONFIRMED');
    const partner = await signIn(server, DEMO.partner);
    const waiting = (await server.gql(REGISTER, { t: trainingId }, partner)).data.registerForTraining;
    expect(waiting).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    await server.gql(CANCEL, { id: seat.id }, youth);
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Registration { status } } }`,
      { id: waiting.id },
      partner,
    );
    expect(data.node.status).toBe('CONFIRMED');
    await runPromotions(server.orm, [waiting.id]);
    const mail = (await outbox(server.orm, DEMO.partner)).find((m) =>
      m.subject.includes('Formation commune (essai de promotion)'),
    );
    expect(seatToken(mail!.text)).toBeTruthy();
    await server.gql(CANCEL, { id: waiting.id }, partner);
  });
});
