import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { parisDateTime, parisWallClock } from '../shared/time';
import meetingsData from './data/meetings.json';
import { isOffDay, placeMeeting } from './meeting-plan';
import type { SeedMeetingPlan } from './seed-data';

const plan = meetingsData as SeedMeetingPlan;

describe('the demo meetings plan', () => {
  // Seeded on the first of every month of a year, and on a Sunday before a clock change.
  const anchors = [
    ...Array.from({ length: 12 }, (_, month) => parisDateTime(`2027-${String(month + 1).padStart(2, '0')}-01`, '10:00')),
    parisDateTime('2027-03-28', '23:00'),
  ];

  it('falls on working days and hours, held meetings before the seeding day and upcoming ones after, whatever that day', () => {
    for (const anchor of anchors) {
      const taken = new Set<string>();
      for (const meeting of plan.meetings) {
        const { startsAt, endsAt, week } = placeMeeting(anchor, meeting, taken);
        const start = parisWallClock(startsAt);
        const where = `${meeting.key} seeded ${anchor.toISOString()}`;
        expect(start.weekday, where).toBeLessThanOrEqual(5);
        expect(isOffDay(start.date), where).toBe(false);
        expect(start.time, where).toBe(meeting.time);
        expect(parisWallClock(endsAt).time <= '18:30', where).toBe(true);
        if (meeting.week < 0) expect(endsAt < anchor, where).toBe(true);
        else expect(startsAt > anchor, where).toBe(true);
        // About six months either side: moving off August or Christmas takes a few weeks at most.
        expect(Math.abs(week), where).toBeLessThanOrEqual(31);
      }
      // One meeting a day: nobody is expected in two places at once.
      expect(taken.size).toBe(plan.meetings.length);
    }
  });
});

describe('the seeded demo meetings', () => {
  let server: TestServer;
  let admin: Record<string, string>;
  // The demo year, away from the test files' own meetings (dated years ahead).
  const window = {
    from: new Date(Date.now() - 40 * 7 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 40 * 7 * 86_400_000).toISOString(),
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signIn(server, DEMO.admin);
  });
  afterAll(() => server.close());

  const CALENDAR = `query($slug: String!, $from: DateTime, $to: DateTime) {
    network(slug: $slug) { meetings(from: $from, to: $to) {
      id kind status startsAt minutes networks { slug }
      invitations { response attended } actionItems { done }
    } }
  }`;

  async function calendar(slug: string, headers = admin) {
    const { data, errors } = await server.gql(CALENDAR, { slug, ...window }, headers);
    expect(errors).toBeUndefined();
    return data.network.meetings as any[];
  }

  it('gives every body meetings held and to come, at the rhythm the CTG sets', async () => {
    for (const slug of Object.keys(plan.bodies)) {
      const meetings = await calendar(slug);
      expect(
        meetings.some((m) => m.status === 'HELD'),
        slug,
      ).toBe(true);
      expect(
        meetings.some((m) => ['SCHEDULED', 'DRAFT'].includes(m.status)),
        slug,
      ).toBe(true);
      expect(
        meetings.filter((m) => m.kind === 'PARTNER_CONSULTATION'),
        slug,
      ).toHaveLength(1);
    }
    const steering = (await calendar('comite-de-pilotage')).filter((m) => m.kind === 'STEERING_COMMITTEE');
    expect(steering.map((m) => m.status)).toEqual(['HELD', 'SCHEDULED']);
    const joint = (await calendar('jeunesse')).find((m) => m.kind === 'JOINT_MEETING');
    expect(joint.networks.map((n: any) => n.slug).sort()).toEqual(['jeunesse', 'parentalite']);
    expect((await calendar('parentalite')).map((m) => m.id)).toContain(joint.id);
    expect((await calendar('commission-avs')).filter((m) => m.kind === 'COMMISSION').length).toBeGreaterThanOrEqual(3);
  });

  it('records answers, attendance, minutes and actions of held meetings; drafts invite nobody', async () => {
    const all = (await Promise.all(Object.keys(plan.bodies).map((slug) => calendar(slug)))).flat();
    const held = all.filter((m) => m.status === 'HELD');
    expect(held.filter((m) => m.minutes).length).toBeGreaterThan(10);
    expect(held.some((m) => m.invitations.some((i: any) => i.attended === true))).toBe(true);
    expect(held.some((m) => m.invitations.every((i: any) => i.attended === null))).toBe(true);
    const actions = held.flatMap((m) => m.actionItems);
    expect(actions.some((a) => a.done) && actions.some((a) => !a.done)).toBe(true);
    for (const meeting of all) {
      if (meeting.status === 'DRAFT') expect(meeting.invitations).toEqual([]);
      else expect(meeting.invitations.length).toBeGreaterThan(0);
    }
    const answers = (m: any) => new Set(m.invitations.map((i: any) => i.response));
    expect(all.some((m) => m.status === 'SCHEDULED' && answers(m).has('PENDING') && answers(m).has('YES'))).toBe(true);
  });

  it('invites every demo account to meetings held and to come, with open actions to follow', async () => {
    for (const email of Object.values(DEMO)) {
      const headers = await signIn(server, email);
      const { data } = await server.gql(
        `query($from: DateTime, $to: DateTime) {
          meetings(filter: { invitedOnly: true, from: $from, to: $to }, first: 100) { edges { node { status myInvitation { response } } } }
          myActionItems { id }
        }`,
        window,
        headers,
      );
      const mine = data.meetings.edges.map((e: any) => e.node);
      expect(
        mine.some((m: any) => m.status === 'HELD'),
        email,
      ).toBe(true);
      expect(
        mine.some((m: any) => m.status === 'SCHEDULED'),
        email,
      ).toBe(true);
      expect(
        mine.every((m: any) => m.myInvitation !== null),
        email,
      ).toBe(true);
      expect(data.myActionItems.length, email).toBeGreaterThan(0);
    }
  });

  it('queued no announcement: demo meetings count as already announced', async () => {
    const ids = (await Promise.all(Object.keys(plan.bodies).map((slug) => calendar(slug)))).flat().map((m) => m.id);
    const rows = await server.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from pgboss.job where name = 'meetings.announce' and data->>'meetingId' in (?)`,
        [ids],
      );
    expect(Number(rows[0].n)).toBe(0);
    const unannounced = await server.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from meeting where id in (?) and status <> 'DRAFT' and announced_sequence <> sequence`,
        [ids],
      );
    expect(Number(unannounced[0].n)).toBe(0);
  });
});
