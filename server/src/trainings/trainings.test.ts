import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner, createPerson } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import {
  CANCEL,
  createTraining,
  networkWithMember,
  outbox,
  REGISTER,
  REGISTRATIONS,
  runPromotions,
  seatToken,
  sessionIn,
  trainingInput,
} from './trainings.test-support';

let server: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server, DEMO.admin);
});
afterAll(() => server.close());

const TRAINING = `query($id: ID!) { training(id: $id) { id title trainer audiences isPublic capacity seatsLeft
  networks { slug } organizer { slug } sessions { startsAt endsAt place onlineUrl commune { inseeCode } }
  viewerCan { edit register registerOthers seeRegistrations } myRegistration { id status } registrations { id } } }`;

describe('creating trainings', () => {
  it('lets the animators of the networks concerned and admins create them, nobody else', async () => {
    const { animator, member } = await networkWithMember(server);
    const other = await createAnimator(server);
    const created = await createTraining(server, animator.account.headers, [animator.network.slug], {
      organizerSlug: animator.organization.slug,
      sessions: [sessionIn(10), { ...sessionIn(11), onlineUrl: 'https://visio.exemple.fr/formation' }],
    });
    const { data } = await server.gql(TRAINING, { id: created.id }, animator.account.headers);
    expect(data.training).toMatchObject({
      trainer: 'Formatrice d’essai',
      audiences: ['PROFESSIONALS'],
      isPublic: false,
      capacity: 10,
      seatsLeft: 10,
      networks: [{ slug: animator.network.slug }],
      organizer: { slug: animator.organization.slug },
      viewerCan: { edit: true, seeRegistrations: true, registerOthers: true },
    });
    expect(data.training.sessions).toHaveLength(2);
    expect(data.training.sessions[1].onlineUrl).toBe('https://visio.exemple.fr/formation');

    const joint = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      { input: trainingInput([animator.network.slug, other.network.slug]) },
      animator.account.headers,
    );
    expect(joint.data.createTraining.id).toMatch(/^trn_/);
    const notTheirs = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      { input: trainingInput([other.network.slug]) },
      animator.account.headers,
    );
    expect(notTheirs.errors?.[0].extensions?.reason).toBe('CANNOT_CREATE_FOR');
    const partner = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      { input: trainingInput([animator.network.slug]) },
      member.account.headers,
    );
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      { input: trainingInput([other.network.slug]) },
      admin,
    );
    expect(byAdmin.errors).toBeUndefined();
  });

  it('refuses sessions that end before they start, unknown networks and capacities out of range, in French', async () => {
    const { animator } = await networkWithMember(server);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ sessions: [{ startsAt: '2031-01-02T10:00:00Z', endsAt: '2031-01-02T09:00:00Z' }] }, 'SESSION_ENDS_BEFORE_START'],
      [{ networkSlugs: ['reseau-inexistant'] }, 'UNKNOWN_NETWORKS'],
      [{ organizerSlug: 'structure-inexistante' }, 'UNKNOWN_ORGANIZER'],
    ];
    for (const [overrides, reason] of cases) {
      const response = await server.gql(
        `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
        { input: trainingInput([animator.network.slug], overrides) },
        animator.account.headers,
      );
      expect(response.errors?.[0].extensions?.reason, reason).toBe(reason);
      expect(response.errors?.[0].message).toMatch(/[éèà]|Réseau|Structure|séance/);
    }
    const zero = await server.gql(
      `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
      { input: trainingInput([animator.network.slug], { capacity: 0 }) },
      animator.account.headers,
    );
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('edits a training and its sessions; a larger capacity gives seats to the waitlist at once', async () => {
    const { animator } = await networkWithMember(server);
    const training = await createTraining(server, animator.account.headers, [animator.network.slug], { capacity: 1 });
    const first = await createPerson(server, animator.organization.id);
    const second = await createPerson(server, animator.organization.id);
    await addMembership(server, { network: animator.network.slug, organizationId: animator.organization.id });
    for (const person of [first, second]) await server.gql(REGISTER, { t: training.id, p: person.id }, animator.account.headers);
    const updated = await server.gql(
      `mutation($id: ID!, $v: Int!) { updateTraining(id: $id, version: $v, input: { capacity: 2, title: "Formation élargie" }) { title capacity confirmedCount waitlistCount version } }`,
      { id: training.id, v: training.version },
      animator.account.headers,
    );
    expect(updated.data.updateTraining).toMatchObject({
      title: 'Formation élargie',
      capacity: 2,
      confirmedCount: 2,
      waitlistCount: 0,
    });
    const stale = await server.gql(
      `mutation($id: ID!, $v: Int!) { updateTraining(id: $id, version: $v, input: { title: "Autre titre" }) { id } }`,
      { id: training.id, v: training.version },
      animator.account.headers,
    );
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const below = await server.gql(
      `mutation($id: ID!, $v: Int!) { updateTraining(id: $id, version: $v, input: { capacity: 1 }) { id } }`,
      { id: training.id, v: updated.data.updateTraining.version },
      animator.account.headers,
    );
    expect(below.errors?.[0].extensions?.reason).toBe('CAPACITY_BELOW_CONFIRMED');

    const added = await server.gql(
      `mutation($id: ID!, $input: TrainingSessionInput!) { addTrainingSession(trainingId: $id, input: $input) { id place } }`,
      { id: training.id, input: { ...sessionIn(40), place: 'Médiathèque' } },
      animator.account.headers,
    );
    expect(added.data.addTrainingSession.place).toBe('Médiathèque');
    const moved = await server.gql(
      `mutation($id: ID!, $input: TrainingSessionInput!) { updateTrainingSession(id: $id, input: $input) { id place onlineUrl } }`,
      { id: added.data.addTrainingSession.id, input: { ...sessionIn(41), onlineUrl: 'https://visio.exemple.fr/x' } },
      animator.account.headers,
    );
    expect(moved.data.updateTrainingSession).toMatchObject({ place: null, onlineUrl: 'https://visio.exemple.fr/x' });
    const removed = await server.gql(
      `mutation($id: ID!) { removeTrainingSession(id: $id) { sessions { id } } }`,
      { id: added.data.addTrainingSession.id },
      animator.account.headers,
    );
    expect(removed.data.removeTrainingSession.sessions).toHaveLength(1);
    const last = await server.gql(
      `mutation($id: ID!) { removeTrainingSession(id: $id) { id } }`,
      { id: removed.data.removeTrainingSession.sessions[0].id },
      animator.account.headers,
    );
    expect(last.errors?.[0].extensions?.reason).toBe('CANNOT_REMOVE_LAST_SESSION');
  });
});

describe('who sees a training', () => {
  it('shows a training to the members of its networks, and a public one to everyone', async () => {
    const { animator, member } = await networkWithMember(server);
    const outsider = await createPartner(server);
    const closed = await createTraining(server, animator.account.headers, [animator.network.slug]);
    const open = await createTraining(server, animator.account.headers, [animator.network.slug], { isPublic: true });
    const seen = async (headers: Record<string, string>) => {
      const { data } = await server.gql(
        `query($slug: String) { trainings(networkSlug: $slug) { id } }`,
        { slug: animator.network.slug },
        headers,
      );
      return data.trainings.map((t: { id: string }) => t.id).sort();
    };
    expect(await seen(member.account.headers)).toEqual([closed.id, open.id].sort());
    expect(await seen(animator.account.headers)).toEqual([closed.id, open.id].sort());
    expect(await seen(admin)).toEqual([closed.id, open.id].sort());
    expect(await seen(outsider.account.headers)).toEqual([open.id]);
    expect(await seen({})).toEqual([open.id]);
    expect((await server.gql(TRAINING, { id: closed.id })).data.training).toBeNull();
    const network = await server.gql(
      `query($slug: String!) { network(slug: $slug) { trainings { id } } }`,
      { slug: animator.network.slug },
      {},
    );
    expect(network.data.network.trainings).toEqual([{ id: open.id }]);
  });
  it('lists a training once, however many of its networks and sessions match', async () => {
    const { animator, member } = await networkWithMember(server);
    const other = await createAnimator(server);
    await addMembership(server, {
      network: other.network.slug,
      organizationId: member.organization.id,
      personId: member.person.id,
    });
    const shared = await createTraining(server, admin, [animator.network.slug, other.network.slug], {
      sessions: [sessionIn(12), sessionIn(13), sessionIn(14)],
    });
    const past = await createTraining(server, admin, [animator.network.slug], { sessions: [sessionIn(-2)] });
    const { data } = await server.gql(
      `{ all: trainings { id } upcoming: trainings(upcoming: true) { id } }`,
      undefined,
      member.account.headers,
    );
    expect(data.all.filter((t: { id: string }) => t.id === shared.id)).toHaveLength(1);
    expect(data.upcoming.filter((t: { id: string }) => t.id === shared.id)).toHaveLength(1);
    expect(data.all.map((t: { id: string }) => t.id)).toContain(past.id);
    expect(data.upcoming.map((t: { id: string }) => t.id)).not.toContain(past.id);
  });
});

describe('registering', () => {
  it('confirms while seats remain, then waitlists; registering twice returns the existing registration', async () => {
    const { animator, member } = await networkWithMember(server);
    const training = await createTraining(server, animator.account.headers, [animator.network.slug], { capacity: 1 });
    const mine = await server.gql(REGISTER, { t: training.id }, member.account.headers);
    expect(mine.data.registerForTraining).toMatchObject({ status: 'CONFIRMED', sequence: 1, waitlistPosition: null });
    const again = await server.gql(REGISTER, { t: training.id }, member.account.headers);
    expect(again.data.registerForTraining.id).toBe(mine.data.registerForTraining.id);

    const someone = await createPerson(server, member.organization.id);
    const byAnimator = await server.gql(REGISTER, { t: training.id, p: someone.id }, animator.account.headers);
    expect(byAnimator.data.registerForTraining).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
      person: { id: someone.id },
    });
    const byPartner = await server.gql(REGISTER, { t: training.id, p: someone.id }, member.account.headers);
    expect(byPartner.errors?.[0].extensions?.reason).toBe('CANNOT_REGISTER_OTHERS');

    const outsider = await createPartner(server);
    const notMember = await server.gql(REGISTER, { t: training.id }, outsider.account.headers);
    expect(notMember.errors?.[0].extensions?.reason).toBe('TRAINING_NOT_FOUND');
    const stranger = await server.gql(REGISTER, { t: training.id, p: outsider.person.id }, animator.account.headers);
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MEMBER' });
    expect(stranger.errors?.[0].message).toBe('Cette formation est réservée aux membres de ses réseaux.');
    const anonymous = await server.gql(REGISTER, { t: training.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets anyone signed in with a person register to a public training, and closes registrations once it is over', async () => {
    const { animator } = await networkWithMember(server);
    const outsider = await createPartner(server);
    const open = await createTraining(server, animator.account.headers, [animator.network.slug], { isPublic: true });
    expect((await server.gql(REGISTER, { t: open.id }, outsider.account.headers)).data.registerForTraining.status).toBe(
      'CONFIRMED',
    );
    const past = await createTraining(server, animator.account.headers, [animator.network.slug], {
      isPublic: true,
      sessions: [sessionIn(-3)],
    });
    const late = await server.gql(REGISTER, { t: past.id }, outsider.account.headers);
    expect(late.errors?.[0].extensions?.reason).toBe('TRAINING_OVER');
  });

  it('shows registrations only to the person and the training’s managers', async () => {
    const { animator, member } = await networkWithMember(server);
    const colleague = await createPartner(server);
    await addMembership(server, {
      network: animator.network.slug,
      organizationId: colleague.organization.id,
      personId: colleague.person.id,
    });
    const training = await createTraining(server, animator.account.headers, [animator.network.slug]);
    const registration = (await server.gql(REGISTER, { t: training.id }, member.account.headers)).data.registerForTraining;
    const node = `query($id: ID!) { node(id: $id) { ... on Registration { id status } } }`;
    expect((await server.gql(node, { id: registration.id }, member.account.headers)).data.node).toMatchObject({
      id: registration.id,
    });
    expect((await server.gql(node, { id: registration.id }, animator.account.headers)).data.node).toMatchObject({
      id: registration.id,
    });
    expect((await server.gql(node, { id: registration.id }, colleague.account.headers)).data.node).toBeNull();
    expect((await server.gql(node, { id: registration.id }, {})).data.node).toBeNull();
    const asColleague = (await server.gql(TRAINING, { id: training.id }, colleague.account.headers)).data.training;
    expect(asColleague.registrations).toEqual([]);
    expect(asColleague.viewerCan).toMatchObject({ register: true, seeRegistrations: false, edit: false });
    const cancelByColleague = await server.gql(CANCEL, { id: registration.id }, colleague.account.headers);
    expect(cancelByColleague.errors?.[0].extensions?.reason).toBe('REGISTRATION_NOT_FOUND');
  });
});

describe('cancelling', () => {
  it('promotes the first waitlisted at once and mails them a link that gives the seat back to the next', async () => {
    const { animator, member } = await networkWithMember(server);
    await addMembership(server, { network: animator.network.slug, organizationId: animator.organization.id });
    const training = await createTraining(server, animator.account.headers, [animator.network.slug], { capacity: 1 });
    const seat = (await server.gql(REGISTER, { t: training.id }, member.account.headers)).data.registerForTraining;
    const waiting = [await createPerson(server, animator.organization.id), await createPerson(server, animator.organization.id)];
    const queue = [];
    for (const person of waiting)
      queue.push(
        (await server.gql(REGISTER, { t: training.id, p: person.id }, animator.account.headers)).data.registerForTraining,
      );
    expect(queue.map((r) => r.waitlistPosition)).toEqual([1, 2]);

    const cancelled = await server.gql(CANCEL, { id: seat.id }, member.account.headers);
    expect(cancelled.data.cancelRegistration.status).toBe('CANCELLED');
    const twice = await server.gql(CANCEL, { id: seat.id }, member.account.headers);
    expect(twice.errors?.[0].extensions?.reason).toBe('ALREADY_CANCELLED');
    let state = (await server.gql(REGISTRATIONS, { id: training.id }, animator.account.headers)).data.training;
    expect(state.registrations.map((r: any) => [r.id, r.status, r.waitlistPosition])).toEqual([
      [seat.id, 'CANCELLED', null],
      [queue[0].id, 'CONFIRMED', null],
      [queue[1].id, 'WAITLISTED', 1],
    ]);

    await runPromotions(server.orm, [queue[0].id]);
    await runPromotions(server.orm, [queue[0].id]);
    const mails = await outbox(server.orm, waiting[0].email!);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^Une place s’est libérée/);
    const token = seatToken(mails[0].text)!;
    expect(token).toBeTruthy();

    const view = await server.gql(`query($t: String!) { seatByLink(token: $t) { id firstName status trainingTitle } }`, {
      t: token,
    });
    expect(view.data.seatByLink).toMatchObject({ id: queue[0].id, status: 'CONFIRMED', firstName: 'Camille' });
    const given = await server.gql(`mutation($t: String!) { giveSeatBack(token: $t) { status } }`, { t: token });
    expect(given.data.giveSeatBack.status).toBe('CANCELLED');
    const givenTwice = await server.gql(`mutation($t: String!) { giveSeatBack(token: $t) { status } }`, { t: token });
    const audit = await server.gql(
      `query($t: ID!) { auditLog(targetId: $t) { edges { node { action details } } } }`,
      { t: queue[0].id },
      await signIn(server, DEMO.admin),
    );
    const entry = audit.data.auditLog.edges.find((e: any) => e.node.action === 'giveSeatBack').node;
    expect(JSON.stringify(entry.details)).not.toContain(token);
    expect(givenTwice.data.giveSeatBack.status).toBe('CANCELLED');
    state = (await server.gql(REGISTRATIONS, { id: training.id }, animator.account.headers)).data.training;
    expect(state).toMatchObject({ confirmedCount: 1, waitlistCount: 0 });
    expect(state.registrations[2]).toMatchObject({ id: queue[1].id, status: 'CONFIRMED' });
    const bad = await server.gql(`query { seatByLink(token: "pas-un-jeton") { status } }`);
    expect(bad.errors?.[0].extensions?.reason).toBe('LINK_INVALID');

    // Registering again after a cancellation queues anew, at the end.
    const back = (await server.gql(REGISTER, { t: training.id }, member.account.headers)).data.registerForTraining;
    expect(back).toMatchObject({ status: 'WAITLISTED', sequence: 4, waitlistPosition: 1 });
  });
});
