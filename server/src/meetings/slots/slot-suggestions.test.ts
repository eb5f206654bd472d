import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, adminHeaders, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../../test/test-server';
import { parisDateTime, parisWallClock } from '../../shared/time';

/**
 * Network A (its animator and `partner`), and network B animated by someone else, which `partner`
 * also belongs to: a B meeting makes `partner` busy for A. Every date is far ahead (2031–2032) and
 * the periods to avoid are this file's own, on days no other file asks about.
 */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;
let admin: Record<string, string>;

const SUGGEST = `query($slugs: [String!]!, $from: DateTime!, $to: DateTime!, $minutes: Int!, $school: Boolean, $first: Int) {
  suggestedSlots(networkSlugs: $slugs, from: $from, to: $to, durationMinutes: $minutes, avoidSchoolHolidays: $school, first: $first) {
    startsAt endsAt busyCount busy { person { id } meeting { id } }
  }
}`;
const ADD_PERIOD = `mutation($input: AvoidPeriodInput!) { addAvoidPeriod(input: $input) { id label startsOn endsOn kind } }`;
const reasonOf = (response: GraphQLResponse) => (response.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

interface Suggestion {
  startsAt: string;
  endsAt: string;
  busyCount: number;
  busy: Array<{ person: { id: string }; meeting: { id: string } }>;
}

async function suggest(
  from: string,
  to: string,
  minutes: number,
  extra: Record<string, unknown> = {},
  headers = A.account.headers,
) {
  return server.gql<{ suggestedSlots: Suggestion[] }>(
    SUGGEST,
    {
      slugs: [A.network.slug],
      from: parisDateTime(from, '00:00').toISOString(),
      to: parisDateTime(to, '23:59').toISOString(),
      minutes,
      first: 50,
      ...extra,
    },
    headers,
  );
}
const paris = (instant: string) => {
  const clock = parisWallClock(new Date(instant));
  return `${clock.date} ${clock.time}`;
};
const days = (slots: Suggestion[]) => [...new Set(slots.map((slot) => paris(slot.startsAt).slice(0, 10)))].sort();

beforeAll(async () => {
  server = await startTestServer();
  admin = await adminHeaders(server);
  A = await createAnimator(server);
  B = await createAnimator(server);
  partner = await createPartner(server);
  for (const network of [A.network.slug, B.network.slug]) {
    await addMembership(server, { network, organizationId: partner.organization.id, personId: partner.person.id });
  }
});
afterAll(() => server.close());

describe('suggestedSlots', () => {
  it('offers working hours on working days: no weekend, no 14 July, no Ascension', async () => {
    // Friday 11 July 2031 to Wednesday 16 July; 14 July is a Monday.
    const july = (await suggest('2031-07-11', '2031-07-16', 210)).data!.suggestedSlots;
    expect(days(july)).toEqual(['2031-07-11', '2031-07-15', '2031-07-16']);
    // 3 h 30 fits each window once: 9:00–12:30 and 14:00–17:30, on Paris clocks.
    expect(
      july
        .filter((slot) => slot.startsAt.startsWith('2031-07-11'))
        .map((slot) => `${paris(slot.startsAt)}–${paris(slot.endsAt).slice(11)}`),
    ).toEqual(['2031-07-11 09:00–12:30', '2031-07-11 14:00–17:30']);
    // Ascension 2031 is Thursday 22 May.
    expect(days((await suggest('2031-05-21', '2031-05-23', 210)).data!.suggestedSlots)).toEqual(['2031-05-21', '2031-05-23']);
  });

  it('starts every half hour within a window, and spans the lunch break only for a day-long meeting', async () => {
    const hour = (await suggest('2031-09-16', '2031-09-16', 60)).data!.suggestedSlots.map((slot) =>
      paris(slot.startsAt).slice(11),
    );
    expect(hour).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ]);
    const day = (await suggest('2031-09-16', '2031-09-16', 420)).data!.suggestedSlots.map((slot) =>
      paris(slot.startsAt).slice(11),
    );
    expect(day).toEqual(['09:00', '09:30', '10:00', '10:30']);
  });

  it('keeps 9:00 on Paris clocks across the spring clock change', async () => {
    // Clocks go forward on Sunday 30 March 2031.
    const slots = (await suggest('2031-03-28', '2031-03-31', 210)).data!.suggestedSlots;
    expect(slots.map((slot) => slot.startsAt)).toEqual([
      '2031-03-28T08:00:00.000Z',
      '2031-03-28T13:00:00.000Z',
      '2031-03-31T07:00:00.000Z',
      '2031-03-31T12:00:00.000Z',
    ]);
  });

  it('ranks a slot where an invitee is expected elsewhere after the free ones', async () => {
    const meeting = (
      await server.gql(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            networkSlugs: [B.network.slug],
            title: 'Réunion du réseau B',
            kind: 'NETWORK_MEETING',
            startsAt: parisDateTime('2031-06-03', '09:00').toISOString(),
            endsAt: parisDateTime('2031-06-03', '10:00').toISOString(),
          },
        },
        B.account.headers,
      )
    ).data.scheduleMeeting;
    const slots = (await suggest('2031-06-03', '2031-06-03', 60, { first: 3 })).data!.suggestedSlots;
    expect(slots.map((slot) => paris(slot.startsAt))).toEqual(['2031-06-03 10:00', '2031-06-03 10:30', '2031-06-03 11:00']);
    expect(slots.every((slot) => slot.busyCount === 0)).toBe(true);
    const all = (await suggest('2031-06-03', '2031-06-03', 60)).data!.suggestedSlots;
    const last = all.slice(-2);
    expect(last.map((slot) => paris(slot.startsAt))).toEqual(['2031-06-03 09:00', '2031-06-03 09:30']);
    expect(last.map((slot) => slot.busyCount)).toEqual([1, 1]);
    expect(last[0].busy).toEqual([{ person: { id: partner.person.id }, meeting: { id: meeting.id } }]);
    // Declining frees the slot again.
    await server.gql(
      `mutation($id: ID!) { respondToInvitation(meetingId: $id, response: NO) { id } }`,
      { id: meeting.id },
      partner.account.headers,
    );
    const after = (await suggest('2031-06-03', '2031-06-03', 60, { first: 1 })).data!.suggestedSlots;
    expect(paris(after[0].startsAt)).toBe('2031-06-03 09:00');
  });

  it('skips school holidays only when asked, and other periods to avoid always', async () => {
    const school = (
      await server.gql(
        ADD_PERIOD,
        { input: { label: "Vacances d'hiver (essai)", startsOn: '2032-02-10', endsOn: '2032-02-11', kind: 'SCHOOL_HOLIDAYS' } },
        admin,
      )
    ).data.addAvoidPeriod;
    await server.gql(
      ADD_PERIOD,
      { input: { label: 'Fermeture des structures (essai)', startsOn: '2032-02-13', endsOn: '2032-02-13', kind: 'OTHER' } },
      admin,
    );
    // Monday 9 to Friday 13 February 2032.
    expect(days((await suggest('2032-02-09', '2032-02-13', 210)).data!.suggestedSlots)).toEqual([
      '2032-02-09',
      '2032-02-10',
      '2032-02-11',
      '2032-02-12',
    ]);
    expect(days((await suggest('2032-02-09', '2032-02-13', 210, { school: true })).data!.suggestedSlots)).toEqual([
      '2032-02-09',
      '2032-02-12',
    ]);
    await server.gql(`mutation($id: ID!) { removeAvoidPeriod(id: $id) { id } }`, { id: school.id }, admin);
    expect(days((await suggest('2032-02-09', '2032-02-13', 210, { school: true })).data!.suggestedSlots)).toContain('2032-02-10');
  });

  it('lets only those who may schedule for the networks ask, over three months at most', async () => {
    expect((await suggest('2031-09-15', '2031-09-19', 60, {}, partner.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(reasonOf(await suggest('2031-09-15', '2031-09-19', 60, {}, B.account.headers))).toBe('CANNOT_SCHEDULE_FOR');
    expect((await suggest('2031-09-15', '2031-09-19', 60, {}, admin)).errors).toBeUndefined();
    expect(reasonOf(await suggest('2031-09-01', '2031-12-15', 60))).toBe('SUGGESTION_RANGE');
    expect(reasonOf(await suggest('2031-09-19', '2031-09-15', 60))).toBe('SUGGESTION_RANGE');
    expect((await suggest('2031-09-15', '2031-09-19', 5)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements for a week as for three months (busy intervals read once)', async () => {
    const count = async (to: string) => {
      server.statements.length = 0;
      expect((await suggest('2031-09-15', to, 60)).errors).toBeUndefined();
      return server.statements.length;
    };
    const week = await count('2031-09-19');
    expect(await count('2031-12-12')).toBe(week);
    expect(week).toBeLessThanOrEqual(8);
  });
});

describe('periods to avoid', () => {
  it('are kept by admins and read by anyone signed in', async () => {
    const input = {
      label: 'Vacances de printemps (essai)',
      startsOn: '2033-04-09',
      endsOn: '2033-04-24',
      kind: 'SCHOOL_HOLIDAYS',
    };
    const added = await server.gql(ADD_PERIOD, { input }, admin);
    expect(added.data.addAvoidPeriod).toMatchObject(input);
    expect((await server.gql(ADD_PERIOD, { input }, A.account.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const LIST = `query($from: String!, $to: String!) { avoidPeriods(from: $from, to: $to) { id label } }`;
    const listed = await server.gql(LIST, { from: '2033-04-20', to: '2033-05-01' }, partner.account.headers);
    expect(listed.data.avoidPeriods.map((p: { id: string }) => p.id)).toContain(added.data.addAvoidPeriod.id);
    expect(
      (await server.gql(LIST, { from: '2033-04-25', to: '2033-05-01' }, partner.account.headers)).data.avoidPeriods.map(
        (p: { id: string }) => p.id,
      ),
    ).not.toContain(added.data.addAvoidPeriod.id);
    expect((await server.gql(LIST, { from: '2033-04-20', to: '2033-05-01' })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(reasonOf(await server.gql(LIST, { from: '2033-05-01', to: '2033-04-20' }, partner.account.headers))).toBe(
      'BAD_DAY_RANGE',
    );
    const REMOVE = `mutation($id: ID!) { removeAvoidPeriod(id: $id) { id label } }`;
    expect((await server.gql(REMOVE, { id: added.data.addAvoidPeriod.id }, A.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await server.gql(REMOVE, { id: added.data.addAvoidPeriod.id }, admin)).data.removeAvoidPeriod.label).toBe(
      input.label,
    );
    expect(reasonOf(await server.gql(REMOVE, { id: added.data.addAvoidPeriod.id }, admin))).toBe('AVOID_PERIOD_NOT_FOUND');
  });

  it('refuse a period that ends before it starts, lasts over a year, or names no real day', async () => {
    const add = (startsOn: string, endsOn: string) =>
      server.gql(ADD_PERIOD, { input: { label: 'Période (essai)', startsOn, endsOn, kind: 'OTHER' } }, admin);
    expect(reasonOf(await add('2033-03-10', '2033-03-09'))).toBe('PERIOD_ENDS_BEFORE_START');
    expect(reasonOf(await add('2033-01-01', '2034-01-02'))).toBe('PERIOD_TOO_LONG');
    expect(reasonOf(await add('2033-02-30', '2033-03-02'))).toBe('BAD_PERIOD_DAY');
    expect(reasonOf(await add('2033-2-3', '2033-03-02'))).toBe('BAD_PERIOD_DAY');
    const oneDay = await add('2033-03-10', '2033-03-10');
    expect(oneDay.errors).toBeUndefined();
    await server.gql(`mutation($id: ID!) { removeAvoidPeriod(id: $id) { id } }`, { id: oneDay.data.addAvoidPeriod.id }, admin);
  });
});
