import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import meetingsData from './data/meetings.json';
import type { SeedMeetingPlan } from './seed-data';

const plan = meetingsData as SeedMeetingPlan;

describe("the demo commission's agendas", () => {
  let server: TestServer;
  let animator: Record<string, string>;
  let partner: Record<string, string>;
  const window = {
    from: new Date(Date.now() - 40 * 7 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 40 * 7 * 86_400_000).toISOString(),
  };

  beforeAll(async () => {
    server = await startTestServer();
    animator = await signIn(server, DEMO.avsAnimator);
    partner = await signIn(server, DEMO.partner);
  });
  afterAll(() => server.close());

  const DOSSIER = `query($slug: String!) {
    organization(slug: $slug) { dossier {
      id title kind status opinion outcome reviewComment
      history { status comment }
      carriedFrom { id status meeting { id } }
      meeting { id startsAt status agendaPublishedAt }
    } }
  }`;

  async function dossier(slug: string, headers: Record<string, string> = animator) {
    const { data, errors } = await server.gql(DOSSIER, { slug }, headers);
    expect(errors).toBeUndefined();
    return data.organization.dossier as any[];
  }

  const COMMISSION = `query($from: DateTime, $to: DateTime) {
    network(slug: "commission-avs") { meetings(from: $from, to: $to) {
      id kind status startsAt agendaDeadline agendaPublishedAt
      agenda { position title kind outcome opinion proposedBy { id } presenter { id } }
      agendaProposals { status }
      agendaViewerCan { propose }
    } }
  }`;

  async function commission(headers: Record<string, string>) {
    const { data, errors } = await server.gql(COMMISSION, window, headers);
    expect(errors).toBeUndefined();
    return (data.network.meetings as any[]).filter((m) => m.kind === 'COMMISSION');
  }

  it("gives both structures' renewals a dossier across meetings, newest first, with the commission's opinions", async () => {
    for (const slug of ['evs-le-forum', 'centre-social-crest-actif']) {
      const items = await dossier(slug);
      const meetings = new Set(items.map((item) => item.meeting.id));
      expect(meetings.size, slug).toBeGreaterThanOrEqual(2);
      expect(
        items.some((item) => item.opinion && item.outcome && item.meeting.status === 'HELD'),
        slug,
      ).toBe(true);
      const starts = items.map((item) => item.meeting.startsAt);
      expect(starts, slug).toEqual([...starts].sort().reverse());
      expect(
        items.every((item) => item.history.length === 1 && item.history[0].status === item.status),
        slug,
      ).toBe(true);
    }
    const forum = await dossier('evs-le-forum');
    expect(forum.filter((item) => item.opinion === 'FAVOURABLE')).toHaveLength(2);
  });

  it('carries the deferred Crest’actif item over to the next meeting, where it got a reserved opinion', async () => {
    const items = await dossier('centre-social-crest-actif');
    const carried = items.find((item) => item.carriedFrom);
    expect(carried).toMatchObject({ status: 'ACCEPTED', opinion: 'RESERVED', carriedFrom: { status: 'DEFERRED' } });
    const deferred = items.find((item) => item.id === carried.carriedFrom.id);
    expect(deferred.reviewComment).toMatch(/Reporté/);
    expect(deferred.meeting.startsAt < carried.meeting.startsAt).toBe(true);
    // The renewal itself, on the coming meeting's agenda: accepted, no outcome yet.
    expect(items[0]).toMatchObject({ status: 'ACCEPTED', opinion: null, meeting: { status: 'SCHEDULED' } });
  });

  it('published the held meetings’ agendas in order with outcomes; the coming one is open for proposals', async () => {
    const meetings = await commission(partner);
    const held = meetings.filter((m) => m.status === 'HELD');
    expect(held.length).toBeGreaterThanOrEqual(2);
    for (const meeting of held) {
      expect(new Date(meeting.agendaPublishedAt) < new Date(meeting.startsAt)).toBe(true);
      expect(meeting.agenda.map((item: any) => item.position)).toEqual(meeting.agenda.map((_: unknown, i: number) => i));
      expect(meeting.agenda.every((item: any) => item.outcome && item.proposedBy)).toBe(true);
    }
    const upcoming = meetings.find((m) => m.status === 'SCHEDULED' && m.agendaViewerCan.propose);
    expect(upcoming).toBeDefined();
    expect(new Date(upcoming.agendaDeadline) > new Date()).toBe(true);
    expect(upcoming.agendaPublishedAt).toBeNull();
    // Being built: members do not read it yet; its animator sees the proposals awaiting review.
    expect(upcoming.agenda).toEqual([]);
    const managed = (await commission(animator)).find((m) => m.id === upcoming.id);
    expect(managed.agendaProposals.map((p: any) => p.status)).toContain('PROPOSED');
    expect(managed.agenda.length).toBeGreaterThan(0);
  });

  it('shows no dossier to anonymous visitors', async () => {
    expect(await dossier('evs-le-forum', {})).toEqual([]);
  });

  it("counts the published demo agendas as mailed, and records the plan's assumption about who animates the commission", async () => {
    const ids = (await commission(animator)).map((m) => m.id);
    const unmailed = await server.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from meeting where id in (?) and agenda_mailed_at is distinct from agenda_published_at`,
        [ids],
      );
    expect(Number(unmailed[0].n)).toBe(0);
    expect(plan.bodies['commission-avs'].assumption).toMatch(/Caf/);
    expect(plan.bodies['commission-avs'].createdBy).toBe(DEMO.avsAnimator);
  });
});
