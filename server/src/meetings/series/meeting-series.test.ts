import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../../test/test-server';
import { formatParis, parisDateTime, parisDay } from '../../shared/time';

/** Network A animated by `A`, with `partner` as a member; B's animator manages nothing of A's. */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;

interface Occurrence {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  version: number;
}
const OCCURRENCE = 'id title status startsAt endsAt place version';
const SCHEDULE = `mutation($input: ScheduleMeetingSeriesInput!) {
  scheduleMeetingSeries(input: $input) { id frequency interval count meetings { ${OCCURRENCE} invitations { person { id } } series { id } } }
}`;
const PAYLOAD = `series { id } changed { ${OCCURRENCE} } leftAlone { reason meeting { id } }`;
const UPDATE = `mutation($id: ID!, $scope: SeriesScope!, $input: SeriesChangeInput!) { updateMeetingSeries(meetingId: $id, scope: $scope, input: $input) { ${PAYLOAD} } }`;
const CANCEL = `mutation($id: ID!, $scope: SeriesScope!) { cancelMeetingSeries(meetingId: $id, scope: $scope, reason: "Comité reporté") { ${PAYLOAD} } }`;
const PREVIEW = `query($id: ID!, $scope: SeriesScope!) { seriesChangePreview(meetingId: $id, scope: $scope) { willChange { id } leftAlone { reason meeting { id } } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${OCCURRENCE} series { id meetings { id } } } }`;

const reasonOf = (response: GraphQLResponse) => (response.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);
const leftAlone = (payload: { leftAlone: Array<{ reason: string; meeting: { id: string } }> }) =>
  payload.leftAlone.map((item) => `${item.meeting.id}:${item.reason}`);
const paris = (instant: string) => formatParis(new Date(instant), 'yyyy-MM-dd HH:mm xxx');

function input(day: string, time: string, rule: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const startsAt = parisDateTime(day, time);
  return {
    networkSlugs: [A.network.slug],
    title: 'Comité de pilotage',
    kind: 'STEERING_COMMITTEE',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    ...rule,
    ...extra,
  };
}

async function series(day: string, time: string, rule: Record<string, unknown>, headers = A.account.headers) {
  const response = await server.gql(SCHEDULE, { input: input(day, time, rule) }, headers);
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data.scheduleMeetingSeries as {
    id: string;
    meetings: Array<Occurrence & { invitations: Array<{ person: { id: string } }>; series: { id: string } }>;
  };
}

async function announcements(meetingIds: string[]) {
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ data: { meetingId: string; sequence: number; method: string } }>>(
      `select data from pgboss.job where name = 'meetings.announce' and data->>'meetingId' in (?)`,
      [meetingIds],
    );
  return rows.map(({ data }) => `${data.meetingId}:${data.method}:${data.sequence}`).sort();
}

/** A Paris day `days` from today, for series that have already begun. */
const dayFromNow = (days: number) => parisDay(new Date(Date.now() + days * 86_400_000));

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  partner = await createPartner(server);
  await addMembership(server, { network: A.network.slug, organizationId: partner.organization.id, personId: partner.person.id });
});
afterAll(() => server.close());

describe('scheduleMeetingSeries', () => {
  it('creates real meetings, each invited and announced, at the same Paris time winter and summer', async () => {
    const created = await series('2031-01-15', '14:00', { frequency: 'MONTHLY', interval: 6, count: 3 });
    expect(created).toMatchObject({ frequency: 'MONTHLY', interval: 6, count: 3 });
    expect(created.meetings.map((m) => paris(m.startsAt))).toEqual([
      '2031-01-15 14:00 +01:00',
      '2031-07-15 14:00 +02:00',
      '2032-01-15 14:00 +01:00',
    ]);
    expect(created.meetings.map((m) => paris(m.endsAt).slice(11, 16))).toEqual(['16:00', '16:00', '16:00']);
    expect(new Set(ids(created.meetings)).size).toBe(3);
    for (const meeting of created.meetings) {
      expect(meeting.status).toBe('SCHEDULED');
      expect(meeting.series.id).toBe(created.id);
      expect(meeting.invitations.map((i) => i.person.id).sort()).toEqual([A.person.id, partner.person.id].sort());
    }
    expect(await announcements(ids(created.meetings))).toEqual(created.meetings.map((m) => `${m.id}:REQUEST:0`).sort());
    // A member sees the series through any of its meetings.
    const seen = await server.gql(MEETING, { id: created.meetings[1].id }, partner.account.headers);
    expect(seen.data.meeting.series).toEqual({ id: created.id, meetings: ids(created.meetings).map((id) => ({ id })) });
  });

  it('keeps a weekly meeting at 14:00 across the autumn clock change', async () => {
    const created = await series('2031-10-20', '14:00', { frequency: 'WEEKLY', interval: 1, count: 3 });
    expect(created.meetings.map((m) => paris(m.startsAt))).toEqual([
      '2031-10-20 14:00 +02:00',
      '2031-10-27 14:00 +01:00',
      '2031-11-03 14:00 +01:00',
    ]);
  });

  it('puts a monthly meeting of the 31st on the last day of shorter months', async () => {
    const created = await series('2031-01-31', '10:00', { frequency: 'MONTHLY', interval: 1, count: 4 });
    expect(created.meetings.map((m) => paris(m.startsAt).slice(0, 10))).toEqual([
      '2031-01-31',
      '2031-02-28',
      '2031-03-31',
      '2031-04-30',
    ]);
  });

  it('refuses drafts, too many meetings, series beyond five years, and those who may not schedule', async () => {
    const schedule = (rule: Record<string, unknown>, extra: Record<string, unknown> = {}, headers = A.account.headers) =>
      server.gql(SCHEDULE, { input: input('2031-02-03', '10:00', rule, extra) }, headers);
    expect((await schedule({ frequency: 'WEEKLY', interval: 1, count: 53 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await schedule({ frequency: 'WEEKLY', interval: 1, count: 1 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(reasonOf(await schedule({ frequency: 'WEEKLY', interval: 1, count: 2 }, { draft: true }))).toBe('SERIES_NOT_DRAFT');
    expect(reasonOf(await schedule({ frequency: 'MONTHLY', interval: 24, count: 4 }))).toBe('SERIES_TOO_LONG');
    expect(reasonOf(await schedule({ frequency: 'WEEKLY', interval: 1, count: 2 }, {}, B.account.headers))).toBe(
      'CANNOT_SCHEDULE_FOR',
    );
    expect(
      (await schedule({ frequency: 'WEEKLY', interval: 1, count: 2 }, {}, partner.account.headers)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('changing a series', () => {
  it('changes this and the following meetings, leaves a cancelled one alone, and tells the invitees of each change', async () => {
    const [o0, o1, o2, o3] = (await series('2031-09-01', '14:00', { frequency: 'WEEKLY', interval: 1, count: 4 })).meetings;
    await server.gql(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: o2.id }, A.account.headers);
    const preview = (await server.gql(PREVIEW, { id: o1.id, scope: 'THIS_AND_FOLLOWING' }, A.account.headers)).data
      .seriesChangePreview;
    expect(ids(preview.willChange)).toEqual([o1.id, o3.id]);
    expect(leftAlone(preview)).toEqual([`${o2.id}:CANCELLED`]);

    const change = { startTime: '10:00', durationMinutes: 90, place: 'Salle du conseil' };
    const payload = (await server.gql(UPDATE, { id: o1.id, scope: 'THIS_AND_FOLLOWING', input: change }, A.account.headers)).data
      .updateMeetingSeries;
    expect(ids(payload.changed)).toEqual([o1.id, o3.id]);
    expect(leftAlone(payload)).toEqual([`${o2.id}:CANCELLED`]);
    expect(
      payload.changed.map((m: Occurrence) => `${paris(m.startsAt)}–${paris(m.endsAt).slice(11, 16)} ${m.place} v${m.version}`),
    ).toEqual([
      `2031-09-08 10:00 +02:00–11:30 Salle du conseil v${o1.version + 1}`,
      `2031-09-22 10:00 +02:00–11:30 Salle du conseil v${o3.version + 1}`,
    ]);
    const first = (await server.gql(MEETING, { id: o0.id }, A.account.headers)).data.meeting;
    expect([first.version, paris(first.startsAt), first.place]).toEqual([o0.version, '2031-09-01 14:00 +02:00', null]);
    expect(await announcements([o1.id, o3.id])).toEqual(
      [`${o1.id}:REQUEST:0`, `${o1.id}:REQUEST:1`, `${o3.id}:REQUEST:0`, `${o3.id}:REQUEST:1`].sort(),
    );

    // The same change again changes nothing and tells nobody.
    const again = (await server.gql(UPDATE, { id: o0.id, scope: 'ALL', input: change }, A.account.headers)).data
      .updateMeetingSeries;
    expect(ids(again.changed)).toEqual([o0.id]);
    expect(leftAlone(again)).toEqual([`${o1.id}:UNCHANGED`, `${o2.id}:CANCELLED`, `${o3.id}:UNCHANGED`]);
  });

  it('changes only this meeting, which stays in its series', async () => {
    const [o0, o1] = (await series('2031-11-04', '09:30', { frequency: 'WEEKLY', interval: 2, count: 2 })).meetings;
    const payload = (
      await server.gql(UPDATE, { id: o1.id, scope: 'THIS_ONLY', input: { title: 'Comité exceptionnel' } }, A.account.headers)
    ).data.updateMeetingSeries;
    expect(payload.changed.map((m: Occurrence) => [m.id, m.title])).toEqual([[o1.id, 'Comité exceptionnel']]);
    expect((await server.gql(MEETING, { id: o0.id }, A.account.headers)).data.meeting.title).toBe('Comité de pilotage');
    // Each occurrence still moves on its own.
    const moved = await server.gql(
      `mutation($id: ID!, $v: Int!, $s: DateTime!, $e: DateTime!) { updateMeeting(id: $id, version: $v, input: { startsAt: $s, endsAt: $e }) { id } }`,
      {
        id: o0.id,
        v: o0.version,
        s: parisDateTime('2031-11-05', '09:30').toISOString(),
        e: parisDateTime('2031-11-05', '11:30').toISOString(),
      },
      A.account.headers,
    );
    expect(moved.errors).toBeUndefined();
    expect((await server.gql(MEETING, { id: o1.id }, A.account.headers)).data.meeting.series.meetings).toHaveLength(2);
  });

  it('leaves held meetings alone and cancels the ones to come', async () => {
    const meetings = (await series(dayFromNow(-15), '10:00', { frequency: 'WEEKLY', interval: 1, count: 5 })).meetings;
    const [past, future] = [meetings.slice(0, 3), meetings.slice(3)];
    const renamed = (
      await server.gql(UPDATE, { id: meetings[4].id, scope: 'ALL', input: { title: 'Nouveau titre' } }, A.account.headers)
    ).data.updateMeetingSeries;
    expect(ids(renamed.changed)).toEqual(ids(future));
    expect(leftAlone(renamed)).toEqual(past.map((m) => `${m.id}:PAST`));
    const cancelled = (await server.gql(CANCEL, { id: meetings[0].id, scope: 'ALL' }, A.account.headers)).data
      .cancelMeetingSeries;
    expect(cancelled.changed.map((m: Occurrence) => [m.id, m.status])).toEqual(future.map((m) => [m.id, 'CANCELLED']));
    expect(await announcements(ids(future))).toEqual(
      future.flatMap((m) => [`${m.id}:CANCEL:2`, `${m.id}:REQUEST:0`, `${m.id}:REQUEST:1`]).sort(),
    );
    const twice = (await server.gql(CANCEL, { id: meetings[0].id, scope: 'ALL' }, A.account.headers)).data.cancelMeetingSeries;
    expect(twice.changed).toEqual([]);
    expect(leftAlone(twice)).toEqual([...past.map((m) => `${m.id}:PAST`), ...future.map((m) => `${m.id}:CANCELLED`)]);
  });

  it('refuses a meeting outside a series, an empty change, and those who do not manage it', async () => {
    const [o0] = (await series('2031-12-01', '14:00', { frequency: 'WEEKLY', interval: 1, count: 2 })).meetings;
    const single = (
      await server.gql(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        { input: { ...input('2031-12-02', '14:00', {}), kind: 'NETWORK_MEETING' } },
        A.account.headers,
      )
    ).data.scheduleMeeting;
    expect(
      reasonOf(await server.gql(UPDATE, { id: single.id, scope: 'ALL', input: { title: 'Autre' } }, A.account.headers)),
    ).toBe('NOT_IN_SERIES');
    expect(reasonOf(await server.gql(PREVIEW, { id: single.id, scope: 'ALL' }, A.account.headers))).toBe('NOT_IN_SERIES');
    expect(reasonOf(await server.gql(UPDATE, { id: o0.id, scope: 'ALL', input: {} }, A.account.headers))).toBe(
      'EMPTY_SERIES_CHANGE',
    );
    expect(reasonOf(await server.gql(UPDATE, { id: o0.id, scope: 'ALL', input: { title: 'Autre' } }, B.account.headers))).toBe(
      'NOT_A_MANAGER',
    );
    expect(reasonOf(await server.gql(CANCEL, { id: o0.id, scope: 'ALL' }, B.account.headers))).toBe('NOT_A_MANAGER');
    expect((await server.gql(PREVIEW, { id: o0.id, scope: 'ALL' }, partner.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await server.gql(UPDATE, { id: o0.id, scope: 'ALL', input: { startTime: '25:00' } }, A.account.headers)).errors?.[0]
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('concurrent series changes', () => {
  it('applies two changes made at once one after the other: nothing lost, every version counted', async () => {
    const created = await series('2032-03-01', '14:00', { frequency: 'WEEKLY', interval: 1, count: 4 });
    const titles = ['Titre de Camille', 'Titre de Dominique'];
    const results = await Promise.all(
      titles.map((title) =>
        server.gql(UPDATE, { id: created.meetings[0].id, scope: 'ALL', input: { title } }, A.account.headers),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    for (const result of results) expect(ids(result.data.updateMeetingSeries.changed)).toEqual(ids(created.meetings));
    for (const meeting of created.meetings) {
      const now = (await server.gql(MEETING, { id: meeting.id }, A.account.headers)).data.meeting;
      expect(now.version).toBe(meeting.version + 2);
      expect(titles).toContain(now.title);
    }
  });

  it('never reports as changed a meeting that a cancellation racing with it called off first', async () => {
    const created = await series('2032-04-05', '14:00', { frequency: 'WEEKLY', interval: 1, count: 4 });
    const anchor = created.meetings[0].id;
    const [update, cancel] = await Promise.all([
      server.gql(UPDATE, { id: anchor, scope: 'ALL', input: { place: 'Salle B' } }, A.account.headers),
      server.gql(CANCEL, { id: anchor, scope: 'ALL' }, A.account.headers),
    ]);
    expect([update.errors, cancel.errors]).toEqual([undefined, undefined]);
    expect(ids(cancel.data.cancelMeetingSeries.changed)).toEqual(ids(created.meetings));
    const updated = ids(update.data.updateMeetingSeries.changed);
    // Either the change went first (all changed, then all cancelled) or the cancellation did (none changed).
    expect([[], ids(created.meetings)]).toContainEqual(updated);
    for (const meeting of created.meetings) {
      const now = (await server.gql(MEETING, { id: meeting.id }, A.account.headers)).data.meeting;
      expect(now.status).toBe('CANCELLED');
      expect(now.version).toBe(meeting.version + 1 + (updated.length ? 1 : 0));
    }
  });
});
