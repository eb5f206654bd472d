import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, adminHeaders, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { parisDateTime } from '../../shared/time';
import { CANCEL, inviteOf, outbox, parisClock, parseIcs, runAnnouncements, SCHEDULE } from './calendar.test-support';

/**
 * The iCalendar files over HTTP: who sees which meeting, in one meeting's file, a network's public
 * feed and a user's secret feed; and times that stay at 14:00 in Paris across the clock changes.
 */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let member: Awaited<ReturnType<typeof createPartner>>;
let outsider: Awaited<ReturnType<typeof createPartner>>;
const ids = {} as Record<'open' | 'internal' | 'internalCancelled' | 'openCancelled' | 'draft' | 'elsewhere', string>;

async function schedule(headers: Record<string, string>, input: Record<string, unknown>) {
  const { data, errors } = await server.gql(
    SCHEDULE,
    { input: { title: 'Réunion', kind: 'NETWORK_MEETING', ...input } },
    headers,
  );
  if (errors) throw new Error(errors[0].message);
  return data.scheduleMeeting.id as string;
}

const slot = (day: string) => ({ startsAt: `${day}T10:00:00+02:00`, endsAt: `${day}T12:00:00+02:00` });

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  member = await createPartner(server);
  outsider = await createPartner(server);
  await addMembership(server, { network: A.network.slug, organizationId: member.organization.id, personId: member.person.id });
  const ofA = { networkSlugs: [A.network.slug] };
  ids.open = await schedule(A.account.headers, { ...ofA, title: 'Ouverte', isPublic: true, ...slot('2032-09-06') });
  ids.internal = await schedule(A.account.headers, { ...ofA, title: 'Interne', ...slot('2032-09-07') });
  ids.internalCancelled = await schedule(A.account.headers, { ...ofA, title: 'Interne annulée', ...slot('2032-09-08') });
  ids.openCancelled = await schedule(A.account.headers, {
    ...ofA,
    title: 'Ouverte annulée',
    isPublic: true,
    ...slot('2032-09-09'),
  });
  ids.draft = await schedule(A.account.headers, { ...ofA, title: 'Brouillon', draft: true, ...slot('2032-09-10') });
  ids.elsewhere = await schedule(B.account.headers, { networkSlugs: [B.network.slug], title: 'Ailleurs', ...slot('2032-09-07') });
  for (const id of [ids.internalCancelled, ids.openCancelled]) await server.gql(CANCEL, { id }, A.account.headers);
});
afterAll(() => server.close());

/** GETs a calendar URL (absolute, as the API gives it, or a path) from the test server. */
async function calendar(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${url.replace(/^https?:\/\/[^/]+/, '')}`, { headers });
  const body = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
    events: response.ok ? await parseIcs(body) : [],
  };
}

const uids = (events: Array<{ uid: string }>) => events.map((event) => event.uid.replace(/@maillage$/, ''));
const cookieOf = (headers: Record<string, string>) => ({
  cookie: `maillage_session=${headers.authorization.replace('Bearer ', '')}`,
});
const me = async (headers: Record<string, string>) => server.gql(`{ me { id calendarUrl } }`, undefined, headers);

describe("one meeting's file", () => {
  it('answers whoever may read the meeting, by their session cookie, and 404 to anyone else', async () => {
    const { data } = await server.gql(`query($id: ID!) { meeting(id: $id) { icsUrl } }`, { id: ids.open });
    expect(data.meeting.icsUrl).toBe(`http://maillage.test/calendar/meetings/${ids.open}.ics`);
    const open = await calendar(data.meeting.icsUrl);
    expect(open).toMatchObject({ status: 200, contentType: 'text/calendar; charset=utf-8' });
    expect(open.events).toMatchObject([
      { method: 'PUBLISH', uid: `${ids.open}@maillage`, summary: 'Ouverte', status: 'CONFIRMED' },
    ]);

    const internal = `/calendar/meetings/${ids.internal}.ics`;
    expect((await calendar(internal)).status).toBe(404);
    expect((await calendar(internal, cookieOf(outsider.account.headers))).status).toBe(404);
    expect(uids((await calendar(internal, cookieOf(member.account.headers))).events)).toEqual([ids.internal]);
    const draft = `/calendar/meetings/${ids.draft}.ics`;
    expect((await calendar(draft, cookieOf(member.account.headers))).status).toBe(404);
    expect((await calendar(draft, A.account.headers)).events[0].status).toBe('TENTATIVE');
    expect((await calendar('/calendar/meetings/mtg_inconnue.ics')).status).toBe(404);
    expect((await calendar('/calendar/ailleurs')).body).toBe('Calendrier introuvable.');
  });
});

describe("a network's feed", () => {
  it('holds its public meetings, cancelled ones marked so, for anyone', async () => {
    const { data } = await server.gql(`query($slug: String!) { network(slug: $slug) { calendarUrl } }`, { slug: A.network.slug });
    expect(data.network.calendarUrl).toBe(`http://maillage.test/calendar/networks/${A.network.slug}.ics`);
    for (const headers of [{}, cookieOf(member.account.headers)]) {
      const feed = await calendar(data.network.calendarUrl, headers);
      expect(feed.contentType).toBe('text/calendar; charset=utf-8');
      expect(uids(feed.events)).toEqual([ids.open, ids.openCancelled]);
      expect(feed.events[1].status).toBe('CANCELLED');
    }
    expect((await calendar('/calendar/networks/pas-un-reseau.ics')).status).toBe(404);
  });
});

describe('the personal feed', () => {
  it('holds the meetings its owner is invited to and may read, at a secret URL only they see', async () => {
    const first = await me(member.account.headers);
    const url = first.data.me.calendarUrl as string;
    expect(url).toMatch(/^http:\/\/maillage\.test\/calendar\/personal\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await me(member.account.headers)).data.me.calendarUrl).toBe(url);
    const feed = await calendar(url);
    expect(feed.contentType).toBe('text/calendar; charset=utf-8');
    expect(uids(feed.events).filter((id) => Object.values(ids).includes(id))).toEqual([
      ids.open,
      ids.internal,
      ids.internalCancelled,
      ids.openCancelled,
    ]);
    expect(feed.events.find((event) => event.uid === `${ids.internalCancelled}@maillage`)?.status).toBe('CANCELLED');
    const outsiderFeed = await calendar((await me(outsider.account.headers)).data.me.calendarUrl);
    expect(uids(outsiderFeed.events).filter((id) => Object.values(ids).includes(id))).toEqual([]);

    // Nobody else reads it, not even the coordination.
    const asAdmin = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on User { calendarUrl } } }`,
      { id: first.data.me.id },
      await adminHeaders(server),
    );
    expect(asAdmin.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'NOT_OWN_CALENDAR' } });
  });

  it('moves to a new secret URL on request; the old one then answers 404', async () => {
    const old = (await me(member.account.headers)).data.me.calendarUrl as string;
    const regenerated = await server.gql(`mutation { regenerateCalendarUrl }`, undefined, member.account.headers);
    const fresh = regenerated.data.regenerateCalendarUrl as string;
    expect(fresh).not.toBe(old);
    expect((await me(member.account.headers)).data.me.calendarUrl).toBe(fresh);
    expect((await calendar(old)).status).toBe(404);
    expect((await calendar(fresh)).status).toBe(200);
    expect((await server.gql(`mutation { regenerateCalendarUrl }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('across the clock changes', () => {
  // 14:00 in Paris on each side of the last Sundays of March (UTC+1 → +2) and October (+2 → +1) 2027.
  const days = [
    ['2027-03-27', '2027-03-27T13:00:00Z'],
    ['2027-03-28', '2027-03-28T12:00:00Z'],
    ['2027-10-30', '2027-10-30T12:00:00Z'],
    ['2027-10-31', '2027-10-31T13:00:00Z'],
  ] as const;

  it('puts every meeting at 14:00 Paris time, in the feeds and in the mail’s invite.ics', async () => {
    const meetings = new Map<string, string>();
    for (const [day, utc] of days) {
      const startsAt = parisDateTime(day, '14:00');
      const id = await schedule(A.account.headers, {
        networkSlugs: [A.network.slug],
        title: `Heure d'été ${day}`,
        isPublic: true,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      });
      await runAnnouncements(server.orm, id);
      meetings.set(id, utc);
    }
    const networkFeed = (await calendar(`/calendar/networks/${A.network.slug}.ics`)).events;
    const personalFeed = (await calendar((await me(member.account.headers)).data.me.calendarUrl)).events;
    const mails = await outbox(server.orm, member.person.email!);
    for (const [id, utc] of meetings) {
      const mail = mails.find((message) => message.alternatives?.[0].content.includes(`${id}@maillage`));
      const starts = [networkFeed, personalFeed].map((events) => events.find((event) => event.uid === `${id}@maillage`)?.start);
      for (const start of [...starts, (await inviteOf(mail!)).start]) {
        expect(start).toEqual(new Date(utc));
        expect(parisClock(start!)).toMatch(/ 14:00$/);
      }
      expect(mail!.text).toContain('à 14 h 00 – 16 h 00 (heure de Paris)');
    }
  });
});
