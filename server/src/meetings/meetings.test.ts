import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createOrganization, createPartner, createPerson } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';

/**
 * Two networks of their own (A animated by `animatorA`, B by `animatorB`), a partner of A, a
 * partner of B, and a structure that is a member of both as a whole, with two people.
 */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let partnerOfA: Awaited<ReturnType<typeof createPartner>>;
let partnerOfB: Awaited<ReturnType<typeof createPartner>>;
let outsider: Awaited<ReturnType<typeof createPartner>>;
let bothPeople: string[];

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version status kind networks { slug } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id title status version startsAt minutes invitations { person { id } response } viewerCan { manage respond } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, version: $version, input: $input) { id title version startsAt } }`;

function slot(dayOffset: number, hour: number, hours = 2) {
  const start = new Date(Date.UTC(2031, 2, 10 + dayOffset, hour - 1));
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3600_000).toISOString() };
}

async function schedule(headers: Record<string, string>, input: Record<string, unknown>) {
  return server.gql(
    SCHEDULE,
    { input: { title: 'Réunion de test', kind: 'NETWORK_MEETING', ...slot(0, 10), ...input } },
    headers,
  );
}

async function scheduled(headers: Record<string, string>, input: Record<string, unknown>) {
  const response = await schedule(headers, input);
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data.scheduleMeeting as { id: string; version: number };
}

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  partnerOfA = await createPartner(server);
  await addMembership(server, {
    network: A.network.slug,
    organizationId: partnerOfA.organization.id,
    personId: partnerOfA.person.id,
  });
  partnerOfB = await createPartner(server);
  await addMembership(server, {
    network: B.network.slug,
    organizationId: partnerOfB.organization.id,
    personId: partnerOfB.person.id,
  });
  outsider = await createPartner(server);
  const both = await createOrganization(server);
  bothPeople = [(await createPerson(server, both.id)).id, (await createPerson(server, both.id)).id];
  await addMembership(server, { network: A.network.slug, organizationId: both.id });
  await addMembership(server, { network: B.network.slug, organizationId: both.id });
});
afterAll(() => server.close());

describe('scheduling', () => {
  it('makes one joint meeting owned by both networks and invites the current members of each', async () => {
    const meeting = await scheduled(A.account.headers, { kind: 'JOINT_MEETING', networkSlugs: [A.network.slug, B.network.slug] });
    const { data } = await server.gql(MEETING, { id: meeting.id }, A.account.headers);
    const invited = data.meeting.invitations.map((i: any) => i.person.id).sort();
    expect(invited).toEqual([A.person.id, B.person.id, partnerOfA.person.id, partnerOfB.person.id, ...bothPeople].sort());
    expect(data.meeting.status).toBe('SCHEDULED');
    // One meeting, in both calendars.
    for (const slug of [A.network.slug, B.network.slug]) {
      const calendar = await server.gql(
        `query($slug: String!) { network(slug: $slug) { meetings { id } } }`,
        { slug },
        B.account.headers,
      );
      expect(calendar.data.network.meetings.map((m: any) => m.id)).toContain(meeting.id);
    }
  });

  it('refuses a network meeting with two networks, a joint meeting with one, and bad slots', async () => {
    const two = await schedule(A.account.headers, { networkSlugs: [A.network.slug, B.network.slug] });
    expect(two.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ONE_NETWORK_ONLY',
      field: 'networkSlugs',
    });
    const one = await schedule(A.account.headers, { kind: 'JOINT_MEETING', networkSlugs: [A.network.slug] });
    expect(one.errors?.[0].extensions?.reason).toBe('JOINT_NEEDS_TWO');
    const backwards = await schedule(A.account.headers, {
      networkSlugs: [A.network.slug],
      startsAt: slot(0, 12).startsAt,
      endsAt: slot(0, 10).startsAt,
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const badLink = await schedule(A.account.headers, { networkSlugs: [A.network.slug], onlineUrl: 'visio de mardi' });
    expect(badLink.errors?.[0]).toMatchObject({
      message: 'Lien de visioconférence invalide (ex. https://visio.exemple.fr/reunion).',
      extensions: { code: 'BAD_USER_INPUT', field: 'onlineUrl' },
    });
    const shortTitle = await schedule(A.account.headers, { networkSlugs: [A.network.slug], title: 'Ré' });
    expect(shortTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const unknown = await schedule(A.account.headers, { networkSlugs: ['pas-un-reseau'] });
    expect(unknown.errors?.[0].message).toBe('Réseau inconnu : pas-un-reseau.');
  });

  it('lets only the animators of an owning network (and admins) schedule', async () => {
    expect((await schedule(A.account.headers, { networkSlugs: [B.network.slug] })).errors?.[0].extensions?.reason).toBe(
      'CANNOT_SCHEDULE_FOR',
    );
    expect((await schedule(partnerOfA.account.headers, { networkSlugs: [A.network.slug] })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await schedule({}, { networkSlugs: [A.network.slug] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await signIn(server, DEMO.admin);
    expect((await schedule(admin, { networkSlugs: [B.network.slug] })).errors).toBeUndefined();
  });
});

describe('who sees a meeting', () => {
  it('shows members their networks’ meetings, anonymous visitors only public ones, drafts only to animators', async () => {
    const internal = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(1, 9) });
    const open = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], isPublic: true, ...slot(1, 14) });
    const draft = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], draft: true, ...slot(1, 16) });
    const sees = async (headers: Record<string, string>, id: string) =>
      (await server.gql(MEETING, { id }, headers)).data.meeting !== null;
    expect(await sees(partnerOfA.account.headers, internal.id)).toBe(true);
    expect(await sees(outsider.account.headers, internal.id)).toBe(false);
    expect(await sees({}, internal.id)).toBe(false);
    expect(await sees({}, open.id)).toBe(true);
    expect(await sees(partnerOfA.account.headers, draft.id)).toBe(false);
    expect(await sees(A.account.headers, draft.id)).toBe(true);
    // A public meeting shows its time and place, not who is invited.
    const anonymous = await server.gql(MEETING, { id: open.id });
    expect(anonymous.data.meeting.invitations).toEqual([]);
    expect(anonymous.data.meeting.viewerCan).toEqual({ manage: false, respond: false });
    // Lists apply the same rule as meeting(id).
    const list = async (headers: Record<string, string>) =>
      (
        await server.gql(
          `query($slug: String!) { meetings(filter: { networkSlug: $slug }, first: 100) { totalCount edges { node { id } } } }`,
          { slug: A.network.slug },
          headers,
        )
      ).data.meetings;
    const ids = (page: any) => page.edges.map((e: any) => e.node.id);
    expect(ids(await list({}))).toEqual(expect.arrayContaining([open.id]));
    expect(ids(await list({}))).not.toContain(internal.id);
    expect(ids(await list(partnerOfA.account.headers))).not.toContain(draft.id);
    expect(ids(await list(A.account.headers))).toEqual(expect.arrayContaining([internal.id, open.id, draft.id]));
    expect((await list(A.account.headers)).totalCount).toBe(ids(await list(A.account.headers)).length);
  });
});

describe('conflicts', () => {
  it('names the invitees already expected at an overlapping meeting in another network', async () => {
    const existing = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(2, 10) });
    const CONFLICTS = `query($slugs: [String!]!, $s: DateTime!, $e: DateTime!) { schedulingConflicts(networkSlugs: $slugs, startsAt: $s, endsAt: $e) { person { id } meeting { id } } }`;
    const overlapping = slot(2, 11);
    const { data } = await server.gql(
      CONFLICTS,
      { slugs: [B.network.slug], s: overlapping.startsAt, e: overlapping.endsAt },
      B.account.headers,
    );
    const busy = data.schedulingConflicts
      .filter((c: any) => c.meeting.id === existing.id)
      .map((c: any) => c.person.id)
      .sort();
    expect(busy).toEqual([...bothPeople].sort());
    const after = slot(2, 12);
    const free = await server.gql(CONFLICTS, { slugs: [B.network.slug], s: after.startsAt, e: after.endsAt }, B.account.headers);
    expect(free.data.schedulingConflicts.filter((c: any) => c.meeting.id === existing.id)).toEqual([]);
    const partner = await server.gql(
      CONFLICTS,
      { slugs: [B.network.slug], s: overlapping.startsAt, e: overlapping.endsAt },
      partnerOfB.account.headers,
    );
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('no lost edits', () => {
  it('refuses an edit made on a stale version and changes nothing', async () => {
    const meeting = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(3, 10) });
    const first = await server.gql(
      UPDATE,
      { id: meeting.id, version: meeting.version, input: { title: 'Premier titre' } },
      A.account.headers,
    );
    expect(first.data.updateMeeting.version).toBe(meeting.version + 1);
    const stale = await server.gql(
      UPDATE,
      { id: meeting.id, version: meeting.version, input: { title: 'Titre périmé' } },
      A.account.headers,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await server.gql(MEETING, { id: meeting.id }, A.account.headers)).data.meeting.title).toBe('Premier titre');
  });

  it('applies exactly one of two edits racing on the same version', async () => {
    const meeting = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(3, 14) });
    const titles = ['Version de Camille', 'Version de Dominique', 'Version de Sacha', 'Version de Lou'];
    const results = await Promise.all(
      titles.map((title) =>
        server.gql(UPDATE, { id: meeting.id, version: meeting.version, input: { title } }, A.account.headers),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
    const now = (await server.gql(MEETING, { id: meeting.id }, A.account.headers)).data.meeting;
    expect(now.title).toBe(winners[0].data.updateMeeting.title);
    expect(now.version).toBe(meeting.version + 1);
  });

  it('keeps one answer when an invitee answers twice at once', async () => {
    const meeting = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(3, 17) });
    const RESPOND = `mutation($id: ID!, $r: RsvpResponse!) { respondToInvitation(meetingId: $id, response: $r) { id response } }`;
    const answers = await Promise.all(
      ['YES', 'NO', 'MAYBE', 'YES'].map((r) => server.gql(RESPOND, { id: meeting.id, r }, partnerOfA.account.headers)),
    );
    expect(answers.every((a) => !a.errors)).toBe(true);
    expect(new Set(answers.map((a) => a.data.respondToInvitation.id)).size).toBe(1);
    const { data } = await server.gql(MEETING, { id: meeting.id }, partnerOfA.account.headers);
    const mine = data.meeting.invitations.filter((i: any) => i.person.id === partnerOfA.person.id);
    expect(mine).toHaveLength(1);
    expect(['YES', 'NO', 'MAYBE']).toContain(mine[0].response);
    expect(data.meeting.viewerCan).toEqual({ manage: false, respond: true });
    const outsiderAnswer = await server.gql(RESPOND, { id: meeting.id, r: 'YES' }, outsider.account.headers);
    expect(outsiderAnswer.errors?.[0].extensions?.reason).toBe('NOT_INVITED');
  });
});

describe('after the meeting', () => {
  it('records attendance once it has started, and minutes and follow-up actions', async () => {
    const past = await scheduled(A.account.headers, {
      networkSlugs: [A.network.slug],
      startsAt: '2025-06-02T08:00:00Z',
      endsAt: '2025-06-02T10:00:00Z',
    });
    const future = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(4, 10) });
    const invitationOf = async (id: string) =>
      (await server.gql(MEETING, { id }, A.account.headers)).data.meeting.invitations.find(
        (i: any) => i.person.id === partnerOfA.person.id,
      );
    const ATTEND = `mutation($id: ID!) { recordAttendance(invitationId: $id, attended: true) { attended meeting { status } } }`;
    const early = await server.gql(
      ATTEND,
      {
        id: (
          await server.gql(
            `query($id: ID!) { meeting(id: $id) { invitations { id person { id } } } }`,
            { id: future.id },
            A.account.headers,
          )
        ).data.meeting.invitations[0].id,
      },
      A.account.headers,
    );
    expect(early.errors?.[0].extensions?.reason).toBe('NOT_STARTED');
    const CAN = `query($id: ID!) { meeting(id: $id) { hasStarted viewerCan { recordAttendance } } }`;
    expect((await server.gql(CAN, { id: future.id }, A.account.headers)).data.meeting).toEqual({
      hasStarted: false,
      viewerCan: { recordAttendance: false },
    });
    expect((await server.gql(CAN, { id: past.id }, A.account.headers)).data.meeting).toEqual({
      hasStarted: true,
      viewerCan: { recordAttendance: true },
    });
    expect((await server.gql(CAN, { id: past.id }, partnerOfA.account.headers)).data.meeting.viewerCan.recordAttendance).toBe(
      false,
    );
    const pastInvitation = (
      await server.gql(
        `query($id: ID!) { meeting(id: $id) { invitations { id person { id } } } }`,
        { id: past.id },
        A.account.headers,
      )
    ).data.meeting.invitations.find((i: any) => i.person.id === partnerOfA.person.id);
    const attended = await server.gql(ATTEND, { id: pastInvitation.id }, A.account.headers);
    expect(attended.data.recordAttendance).toEqual({ attended: true, meeting: { status: 'HELD' } });
    expect((await server.gql(ATTEND, { id: pastInvitation.id }, partnerOfA.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await invitationOf(past.id)).response).toBe('PENDING');

    const version = (await server.gql(MEETING, { id: past.id }, A.account.headers)).data.meeting.version;
    const minutes = '## Relevé de décisions\n\n- Atelier parents en mai\n<script>alert(1)</script>';
    await server.gql(UPDATE, { id: past.id, version, input: { minutes } }, A.account.headers);
    expect((await server.gql(MEETING, { id: past.id }, partnerOfA.account.headers)).data.meeting.minutes).toBe(minutes);
    expect((await server.gql(MEETING, { id: past.id }, outsider.account.headers)).data.meeting).toBeNull();

    const ADD = `mutation($m: ID!, $o: ID) { addActionItem(meetingId: $m, title: "Envoyer le bilan", ownerId: $o, dueOn: "2025-07-01") { id done owner { id } } }`;
    const item = (await server.gql(ADD, { m: past.id, o: partnerOfA.person.id }, A.account.headers)).data.addActionItem;
    expect((await server.gql(ADD, { m: past.id, o: null }, partnerOfA.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const mine = await server.gql(`{ myActionItems { id title meeting { id } } }`, undefined, partnerOfA.account.headers);
    expect(mine.data.myActionItems).toContainEqual({ id: item.id, title: 'Envoyer le bilan', meeting: { id: past.id } });
    const open = await server.gql(
      `query($slug: String!) { network(slug: $slug) { openActionItems { id } } }`,
      { slug: A.network.slug },
      partnerOfA.account.headers,
    );
    expect(open.data.network.openActionItems.map((i: any) => i.id)).toContain(item.id);
    const DONE = `mutation($id: ID!) { setActionItemDone(id: $id, done: true) { done } }`;
    expect((await server.gql(DONE, { id: item.id }, outsider.account.headers)).errors?.[0].extensions?.reason).toBe(
      'CANNOT_CHANGE_ACTION_ITEM',
    );
    expect((await server.gql(DONE, { id: item.id }, partnerOfA.account.headers)).data.setActionItemDone.done).toBe(true);
    expect(
      (await server.gql(`{ myActionItems { id } }`, undefined, partnerOfA.account.headers)).data.myActionItems.map(
        (i: any) => i.id,
      ),
    ).not.toContain(item.id);
  });

  it('cancels a meeting: no more answers, and nothing to edit', async () => {
    const meeting = await scheduled(A.account.headers, { networkSlugs: [A.network.slug], ...slot(5, 10) });
    const cancelled = await server.gql(
      `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Salle indisponible") { status cancellationReason } }`,
      { id: meeting.id },
      A.account.headers,
    );
    expect(cancelled.data.cancelMeeting).toEqual({ status: 'CANCELLED', cancellationReason: 'Salle indisponible' });
    const answer = await server.gql(
      `mutation($id: ID!) { respondToInvitation(meetingId: $id, response: YES) { id } }`,
      { id: meeting.id },
      partnerOfA.account.headers,
    );
    expect(answer.errors?.[0].extensions?.reason).toBe('CANCELLED');
    const current = (await server.gql(MEETING, { id: meeting.id }, A.account.headers)).data.meeting;
    const edit = await server.gql(
      UPDATE,
      { id: meeting.id, version: current.version, input: { title: 'Trop tard' } },
      A.account.headers,
    );
    expect(edit.errors?.[0].extensions?.reason).toBe('CANCELLED');
  });
});
