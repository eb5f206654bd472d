import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createNetwork, createPartner } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';

/**
 * `node(id)` must answer exactly what each type's own query shows the same viewer: the same
 * fields when visible, null when hidden. The types come from the schema (every implementation of
 * Node), so a new type fails here until it has a probe saying how its own query reads it.
 */
type Role = 'anonymous' | 'partner' | 'otherAnimator' | 'animator' | 'admin' | 'owner';
type Headers = Record<string, string>;

interface Probe {
  /** Fields compared between `node(id)` and the own query. */
  selection: string;
  /** Ids to try (made or found by an admin). */
  samples: () => Promise<string[]>;
  /** What the type's own query answers this viewer for this id, or null when it does not show it. */
  own: (headers: Headers, id: string) => Promise<unknown>;
}

let server: TestServer;
const headers = {} as Record<Role, Headers>;
let ownerUserId: string;
let erasureRequestId: string;
let invitationId: string;
let meetingNetworkSlug: string;
/** A private, a public and a draft meeting of a network whose only member is `owner`. */
let meetingIds: string[];
/** A weekly series of two private meetings, a date poll on a draft, and a period to avoid, all of that network. */
let seriesId: string;
let seriesMeetingIds: string[];
let pollId: string;
let pollSlotIds: string[];
let avoidPeriodId: string;
/** Agenda items: accepted and published (private meeting), accepted unpublished (public meeting), the owner's proposal. */
let agendaItemIds: string[];
/** A private and a public training of that network; the owner's registration to the private one. */
let trainingIds: string[];
let trainingRegistrationId: string;

const findById = (items: Array<{ id: string }> | undefined, id: string) => items?.find((item) => item.id === id) ?? null;
async function data(query: string, variables: Record<string, unknown> | undefined, as: Headers) {
  const response = await server.gql(query, variables, as);
  return response.errors ? null : response.data;
}

const PERSON_FIELDS = 'id firstName lastName email phone';
const probes: Record<string, Probe> = {
  Territory: {
    selection: 'id name slug',
    samples: async () => (await data('{ territories { id } }', undefined, {}))!.territories.map((t: any) => t.id),
    own: async (as, id) => findById((await data('{ territories { id name slug } }', undefined, as))?.territories, id),
  },
  Organization: {
    selection: 'id name slug',
    samples: async () =>
      (await data('{ organizations(first: 3) { edges { node { id } } } }', undefined, {}))!.organizations.edges.map(
        (e: any) => e.node.id,
      ),
    own: async (as, id) => {
      const slug = (await data('query($id: ID!) { node(id: $id) { ... on Organization { slug } } }', { id }, headers.admin))!.node
        .slug;
      return (
        (await data('query($slug: String!) { organization(slug: $slug) { id name slug } }', { slug }, as))?.organization ?? null
      );
    },
  },
  Service: {
    selection: 'id name',
    samples: async () =>
      (await data('{ organization(slug: "evs-le-forum") { services { id } } }', undefined, {}))!.organization.services.map(
        (s: any) => s.id,
      ),
    own: async (as, id) =>
      findById(
        (await data('{ organization(slug: "evs-le-forum") { services { id name } } }', undefined, as))?.organization.services,
        id,
      ),
  },
  Person: {
    selection: PERSON_FIELDS,
    samples: async () =>
      (await data('{ organization(slug: "evs-le-forum") { people { id } } }', undefined, {}))!.organization.people.map(
        (p: any) => p.id,
      ),
    own: async (as, id) =>
      findById(
        (await data(`{ organization(slug: "evs-le-forum") { people { ${PERSON_FIELDS} } } }`, undefined, as))?.organization
          .people,
        id,
      ),
  },
  Network: {
    selection: 'id name slug',
    samples: async () => [(await data('{ network(slug: "parentalite") { id } }', undefined, {}))!.network.id],
    own: async (as, id) => findById((await data('{ networks { id name slug } }', undefined, as))?.networks, id),
  },
  NetworkLink: {
    selection: 'id kind description source',
    samples: async () =>
      (await data('{ network(slug: "parentalite") { links { id } } }', undefined, {}))!.network.links
        .slice(0, 2)
        .map((l: any) => l.id),
    own: async (as, id) =>
      findById((await data('{ networkLinks { id kind description source } }', undefined, as))?.networkLinks, id),
  },
  Membership: {
    selection: 'id role',
    samples: async () =>
      (await data('{ network(slug: "parentalite") { memberships { id } } }', undefined, {}))!.network.memberships
        .slice(0, 3)
        .map((m: any) => m.id),
    own: async (as, id) =>
      findById(
        (await data('{ network(slug: "parentalite") { memberships { id role } } }', undefined, as))?.network.memberships,
        id,
      ),
  },
  User: {
    selection: 'id email role displayName',
    samples: async () => [ownerUserId, (await data('{ me { id } }', undefined, headers.admin))!.me.id],
    own: async (as, id) => {
      const me = (await data('{ me { id email role displayName } }', undefined, as))?.me;
      if (me?.id === id) return me;
      return findById((await allUsers(as)) ?? undefined, id);
    },
  },
  AccountInvitation: {
    selection: 'id email role',
    samples: async () => [invitationId],
    own: async (as, id) =>
      findById((await data('{ pendingInvitations { id email role } }', undefined, as))?.pendingInvitations, id),
  },
  AuditEntry: {
    selection: 'id action targetId',
    // The entries about this file's own invitation: a page other files' writes cannot push away.
    samples: async () => (await auditAbout(invitationId, headers.admin))!.map((entry: any) => entry.id),
    own: async (as, id) => findById((await auditAbout(invitationId, as)) ?? undefined, id),
  },
  Meeting: {
    selection: 'id title status isPublic',
    samples: async () => meetingIds,
    own: async (as, id) => {
      const page = await data(
        'query($slug: String!) { meetings(filter: { networkSlug: $slug }, first: 100) { edges { node { id title status isPublic } } } }',
        { slug: meetingNetworkSlug },
        as,
      );
      return findById(
        page?.meetings.edges.map((e: any) => e.node),
        id,
      );
    },
  },
  Invitation: {
    selection: 'id response attended',
    samples: async () => (await meetingDetails(meetingIds[0], headers.admin)).invitations.map((i: any) => i.id),
    own: async (as, id) => findById((await meetingDetails(meetingIds[0], as))?.invitations, id),
  },
  AgendaItem: {
    selection: 'id title status',
    samples: async () => agendaItemIds,
    // Read through its meeting: the published agenda, the managers' proposals, the viewer's own proposals.
    own: async (as, id) => {
      for (const meetingId of meetingIds.slice(0, 2)) {
        const found = (
          await data(
            'query($id: ID!) { meeting(id: $id) { agenda { id title status } agendaProposals { id title status } myAgendaProposals { id title status } } }',
            { id: meetingId },
            as,
          )
        )?.meeting;
        const item =
          found && (findById(found.agenda, id) ?? findById(found.agendaProposals, id) ?? findById(found.myAgendaProposals, id));
        if (item) return item;
      }
      return null;
    },
  },
  ActionItem: {
    selection: 'id title done',
    samples: async () => (await meetingDetails(meetingIds[0], headers.admin)).actionItems.map((i: any) => i.id),
    own: async (as, id) => findById((await meetingDetails(meetingIds[0], as))?.actionItems, id),
  },
  MeetingSeries: {
    selection: 'id frequency interval count',
    samples: async () => [seriesId],
    // Read through any of its meetings, as the client does.
    own: async (as, id) => {
      for (const meetingId of seriesMeetingIds) {
        const series = (
          await data('query($id: ID!) { meeting(id: $id) { series { id frequency interval count } } }', { id: meetingId }, as)
        )?.meeting?.series;
        if (series?.id === id) return series;
      }
      return null;
    },
  },
  DatePoll: {
    selection: 'id status participantCount',
    samples: async () => [pollId],
    own: async (as, id) =>
      (await data('query($id: ID!) { datePoll(id: $id) { id status participantCount } }', { id }, as))?.datePoll ?? null,
  },
  PollSlot: {
    selection: 'id startsAt endsAt',
    samples: async () => pollSlotIds,
    own: async (as, id) =>
      findById(
        (await data('query($id: ID!) { datePoll(id: $id) { slots { id startsAt endsAt } } }', { id: pollId }, as))?.datePoll
          ?.slots,
        id,
      ),
  },
  AvoidPeriod: {
    selection: 'id label startsOn endsOn kind',
    samples: async () => [avoidPeriodId],
    own: async (as, id) =>
      findById(
        (await data('{ avoidPeriods(from: "2041-01-01", to: "2041-12-31") { id label startsOn endsOn kind } }', undefined, as))
          ?.avoidPeriods,
        id,
      ),
  },
  Training: {
    selection: 'id title isPublic',
    samples: async () => trainingIds,
    own: async (as, id) =>
      (await data('query($id: ID!) { training(id: $id) { id title isPublic } }', { id }, as))?.training ?? null,
  },
  TrainingSession: {
    selection: 'id startsAt endsAt',
    samples: async () => (await trainingSessions(headers.admin)).map((s: any) => s.id),
    own: async (as, id) => findById(await trainingSessions(as), id),
  },
  Registration: {
    selection: 'id status',
    samples: async () => [trainingRegistrationId],
    // Read through its training: its managers' list, or the viewer's own registration.
    own: async (as, id) => {
      const training = (
        await data(
          'query($id: ID!) { training(id: $id) { registrations { id status } myRegistration { id status } } }',
          { id: trainingIds[0] },
          as,
        )
      )?.training;
      return findById(training?.registrations, id) ?? (training?.myRegistration?.id === id ? training.myRegistration : null);
    },
  },
  RoadmapOrientation: {
    selection: 'id theme number title',
    samples: async () => (await youthRoadmap({}))!.map((o: any) => o.id),
    own: async (as, id) => pick(findById(await youthRoadmap(as), id), ['id', 'theme', 'number', 'title']),
  },
  RoadmapObjective: {
    selection: 'id title',
    samples: async () => (await youthRoadmap({}))!.flatMap((o: any) => o.objectives.map((ob: any) => ob.id)),
    own: async (as, id) =>
      pick(
        findById(
          (await youthRoadmap(as))?.flatMap((o: any) => o.objectives),
          id,
        ),
        ['id', 'title'],
      ),
  },
  RoadmapAction: {
    selection: 'id title status',
    samples: async () => (await youthRoadmap({}))![0].objectives[0].actions.map((a: any) => a.id),
    own: async (as, id) =>
      (await data('query($id: ID!) { roadmapAction(id: $id) { id title status } }', { id }, as))?.roadmapAction ?? null,
  },
  ErasureRequest: {
    selection: 'id status reason',
    samples: async () => [erasureRequestId],
    own: async (as, id) =>
      findById((await data('{ erasureRequests { id status reason } }', undefined, as))?.erasureRequests, id) ??
      findById((await data('{ myErasureRequests { id status reason } }', undefined, as))?.myErasureRequests, id),
  },
};

/** The private training's sessions (the public one's are everyone's: nothing to compare). */
async function trainingSessions(as: Headers) {
  const id = trainingIds[0];
  return (await data('query($id: ID!) { training(id: $id) { sessions { id startsAt endsAt } } }', { id }, as))?.training
    ?.sessions;
}

const pick = (found: any, fields: string[]) => found && Object.fromEntries(fields.map((field) => [field, found[field]]));

/** The CTG's youth roadmap as a viewer reads it (the roadmap is public). */
async function youthRoadmap(as: Headers) {
  return (
    await data(
      `{ roadmap(theme: YOUTH, filter: { territorySlug: "cccps" }) {
        id theme number title objectives { id title actions { id title status } } } }`,
      undefined,
      as,
    )
  )?.roadmap;
}
async function auditAbout(targetId: string, as: Headers) {
  const log = await data(
    'query($t: ID!) { auditLog(targetId: $t) { edges { node { id action targetId } } } }',
    { t: targetId },
    as,
  );
  return log?.auditLog.edges.map((e: any) => e.node) ?? null;
}

async function meetingDetails(id: string, as: Headers) {
  const found = await data(
    'query($id: ID!) { meeting(id: $id) { invitations { id response attended } actionItems { id title done } } }',
    { id },
    as,
  );
  return found?.meeting ?? null;
}

/** Every account an admin can list, page by page. */
async function allUsers(as: Headers) {
  const users: Array<{ id: string }> = [];
  for (let after: string | null = null; ;) {
    const page = await data(
      'query($after: String) { users(first: 100, after: $after) { edges { node { id email role displayName } } pageInfo { hasNextPage endCursor } } }',
      { after },
      as,
    );
    if (!page) return null;
    users.push(...page.users.edges.map((e: any) => e.node));
    if (!page.users.pageInfo.hasNextPage) return users;
    after = page.users.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  headers.anonymous = {};
  headers.partner = await signIn(server, DEMO.partner);
  headers.otherAnimator = await signIn(server, DEMO.youthAnimator);
  headers.animator = await signIn(server, DEMO.parentingAnimator);
  headers.admin = await signIn(server, DEMO.admin);
  const owner = await createPartner(server);
  headers.owner = owner.account.headers;
  ownerUserId = owner.account.userId;
  const network = await createNetwork(server);
  meetingNetworkSlug = network.slug;
  await addMembership(server, { network: network.slug, organizationId: owner.organization.id, personId: owner.person.id });
  const schedule = async (extra: string) =>
    (await data(
      `mutation($slug: String!) { scheduleMeeting(input: { networkSlugs: [$slug], title: "Réunion visible ?", kind: NETWORK_MEETING, startsAt: "2030-05-06T08:00:00Z", endsAt: "2030-05-06T10:00:00Z"${extra} }) { id } }`,
      { slug: network.slug },
      headers.admin,
    ))!.scheduleMeeting.id;
  meetingIds = [await schedule(''), await schedule(', isPublic: true'), await schedule(', draft: true')];
  const series = (await data(
    `mutation($slug: String!) { scheduleMeetingSeries(input: { networkSlugs: [$slug], title: "Série visible ?", kind: NETWORK_MEETING, startsAt: "2030-05-13T08:00:00Z", endsAt: "2030-05-13T10:00:00Z", frequency: WEEKLY, interval: 1, count: 2 }) { id meetings { id } } }`,
    { slug: network.slug },
    headers.admin,
  ))!.scheduleMeetingSeries;
  [seriesId, seriesMeetingIds] = [series.id, series.meetings.map((m: { id: string }) => m.id)];
  const poll = (await data(
    'mutation($m: ID!) { startDatePoll(meetingId: $m, closesAt: "2030-05-01T08:00:00Z", slots: [{ startsAt: "2030-05-07T08:00:00Z", endsAt: "2030-05-07T10:00:00Z" }, { startsAt: "2030-05-08T08:00:00Z", endsAt: "2030-05-08T10:00:00Z" }]) { id slots { id } } }',
    { m: meetingIds[2] },
    headers.admin,
  ))!.startDatePoll;
  [pollId, pollSlotIds] = [poll.id, poll.slots.map((slot: { id: string }) => slot.id)];
  avoidPeriodId = (await data(
    'mutation { addAvoidPeriod(input: { label: "Période visible ?", startsOn: "2041-02-04", endsOn: "2041-02-08", kind: OTHER }) { id } }',
    undefined,
    headers.admin,
  ))!.addAvoidPeriod.id;
  await data(
    'mutation($m: ID!, $o: ID!) { addActionItem(meetingId: $m, title: "Relancer les partenaires", ownerId: $o) { id } }',
    { m: meetingIds[0], o: owner.person.id },
    headers.admin,
  );
  const propose = async (m: string, as: Headers) =>
    (await data(
      'mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Point visible ?", kind: INFORMATION, durationMinutes: 15 }) { id } }',
      { m },
      as,
    ))!.proposeAgendaItem.id as string;
  agendaItemIds = [
    await propose(meetingIds[0], headers.admin),
    await propose(meetingIds[1], headers.admin),
    await propose(meetingIds[0], owner.account.headers),
  ];
  for (const id of agendaItemIds.slice(0, 2))
    await data('mutation($id: ID!) { reviewAgendaItem(id: $id, status: ACCEPTED) { id } }', { id }, headers.admin);
  await data('mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }', { m: meetingIds[0] }, headers.admin);
  const createTraining = async (isPublic: boolean) =>
    (await data(
      `mutation($slug: String!, $p: Boolean) { createTraining(input: { networkSlugs: [$slug], title: "Formation visible ?", capacity: 5, isPublic: $p, sessions: [{ startsAt: "2030-06-03T08:00:00Z", endsAt: "2030-06-03T11:00:00Z" }] }) { id } }`,
      { slug: network.slug, p: isPublic },
      headers.admin,
    ))!.createTraining.id as string;
  trainingIds = [await createTraining(false), await createTraining(true)];
  trainingRegistrationId = (await data(
    'mutation($t: ID!) { registerForTraining(trainingId: $t) { id } }',
    { t: trainingIds[0] },
    owner.account.headers,
  ))!.registerForTraining.id;
  erasureRequestId = (await data(
    'mutation { requestErasure(reason: "Essai de visibilité") { id } }',
    undefined,
    owner.account.headers,
  ))!.requestErasure.id;
  const email = `visibilite-${process.pid}-${Date.now()}@exemple.fr`;
  invitationId = (await data(
    'mutation($email: String!) { inviteUser(input: { email: $email, displayName: "Invitée", role: PARTNER }) { invitation { id } } }',
    { email },
    headers.admin,
  ))!.inviteUser.invitation.id;
});
afterAll(() => server.close());

async function nodeTypes(): Promise<string[]> {
  const { data: schema } = await server.gql('{ __schema { types { name interfaces { name } } } }');
  return schema.__schema.types.filter((t: any) => t.interfaces?.some((i: any) => i.name === 'Node')).map((t: any) => t.name);
}

describe('node(id)', () => {
  it('has a probe for every type that implements Node', async () => {
    const types = await nodeTypes();
    expect(types.length).toBeGreaterThanOrEqual(10);
    expect(types.filter((type) => !probes[type])).toEqual([]);
  });

  it('answers each role exactly what the type’s own query shows it', async () => {
    const mismatches: string[] = [];
    let visible = 0;
    let hidden = 0;
    for (const type of await nodeTypes()) {
      const probe = probes[type];
      const ids = await probe.samples();
      expect(ids.length, `${type} has samples`).toBeGreaterThan(0);
      for (const id of ids) {
        for (const role of Object.keys(headers) as Role[]) {
          const viaNode =
            (await data(`query($id: ID!) { node(id: $id) { ... on ${type} { ${probe.selection} } } }`, { id }, headers[role]))
              ?.node ?? null;
          const viaOwn = await probe.own(headers[role], id);
          if (JSON.stringify(viaNode) !== JSON.stringify(viaOwn))
            mismatches.push(`${type} ${id} as ${role}: node=${JSON.stringify(viaNode)} own=${JSON.stringify(viaOwn)}`);
          if (viaOwn) visible++;
          else hidden++;
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Both outcomes occur: the comparison is not vacuous.
    expect(visible).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
    // Every Node type × sample × role, one request at a time: minutes on a busy 2-core machine.
  }, 180_000);

  it('tells nothing about ids that do not exist or have no type', async () => {
    for (const id of ['usr_00000000000000000000000000000000', 'aud_nope', 'zzz_123', '']) {
      expect((await server.gql('query($id: ID!) { node(id: $id) { id } }', { id }, headers.admin)).data.node).toBeNull();
    }
  });

  it('hides accounts, audit entries and invitations from anonymous visitors', async () => {
    for (const id of [ownerUserId, invitationId, erasureRequestId]) {
      const response = await server.gql('query($id: ID!) { node(id: $id) { id ... on User { email } } }', { id });
      expect(response.data.node).toBeNull();
    }
  });
});
