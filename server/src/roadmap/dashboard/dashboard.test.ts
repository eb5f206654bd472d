import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addService, createOrganization } from '../../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../../test/test-server';
import { createTraining } from '../../trainings/trainings.test-support';
import {
  cancelledMeeting,
  createTerritory,
  heldMeeting,
  meetingToCome,
  networkIn,
  pastTraining,
  roadmapOf,
  updatedAction,
} from './dashboard.test-support';

let server: TestServer;
let territory: Awaited<ReturnType<typeof createTerritory>>;
let net: Awaited<ReturnType<typeof networkIn>>;
let quiet: Awaited<ReturnType<typeof networkIn>>;
let actions: Awaited<ReturnType<typeof roadmapOf>>;
let held: { id: string; invitations: number };
let publicMeeting: { id: string };
let publicTraining: { id: string };

export const DASHBOARD = `query($slug: String!, $asOf: DateTime) {
  roadmapDashboard(territorySlug: $slug, asOf: $asOf) {
    territory { slug } asOf semester { from to label }
    themes { theme progress statusCounts { notStarted inProgress done abandoned total }
      orientations { id number title progress statusCounts { done total } } }
    staleActions { lastUpdateAt everUpdated action { id title status network { slug } } }
    networkActivity { network { slug name } meetingsHeld invitations invitationsAnswered attended
      agendaItemsReviewed outcomesRecorded trainings confirmedRegistrations }
    upcoming { kind title startsAt endsAt networks { slug } meeting { id } training { id } }
    coverage { theme reachedCount communeCount unreachedCommunes { inseeCode name } }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  territory = await createTerritory(server);
  net = await networkIn(server, territory.id);
  quiet = await networkIn(server, territory.id);
  actions = await roadmapOf(server, territory.id, net.animator.network.id);
  const headers = net.animator.account.headers;
  await updatedAction(server, headers, actions.oldUpdate, 'IN_PROGRESS', 210);
  await updatedAction(server, headers, actions.recentUpdate, 'IN_PROGRESS', 30);
  await updatedAction(server, headers, actions.done, 'DONE', 300);
  await updatedAction(server, headers, actions.housingInProgress, 'IN_PROGRESS', 20);
  await updatedAction(server, headers, actions.housingAbandoned, 'ABANDONED', 250);
  held = await heldMeeting(net, server, 30);
  await heldMeeting(net, server, 200); // before the semester: not counted
  await cancelledMeeting(net, server, 25); // not held
  await pastTraining(net, server, 15);
  await pastTraining(net, server, 220); // before the semester
  publicMeeting = await meetingToCome(net, server, 12, true);
  await meetingToCome(net, server, 5, false); // members only: not on a public dashboard
  publicTraining = await createTraining(server, headers, [net.animator.network.slug], { isPublic: true });
  // Coverage: YOUTH is based in the first commune and itinerant through the second; its service
  // serving every commune from afar (not itinerant) is no local presence. SOCIAL_LIFE goes everywhere, itinerant.
  const [first, second, third] = territory.communes.map((c) => c.inseeCode);
  const based = await createOrganization(server, { commune: first });
  await addService(server, based.id, { themes: ['YOUTH'], communesServed: [] });
  const elsewhere = await createOrganization(server);
  await addService(server, elsewhere.id, { themes: ['YOUTH'], modes: ['ITINERANT'], communesServed: [second] });
  await addService(server, elsewhere.id, { themes: ['YOUTH'], modes: ['REMOTE'], communesServed: [first, second, third] });
  await addService(server, elsewhere.id, {
    themes: ['SOCIAL_LIFE'],
    modes: ['ITINERANT'],
    communesServed: [first, second, third],
  });
});
afterAll(() => server?.close());

async function dashboard(headers: Record<string, string> = {}) {
  const { data, errors } = await server.gql(DASHBOARD, { slug: territory.slug }, headers);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data.roadmapDashboard;
}

describe("the steering committee's dashboard", () => {
  it('covers the six months up to its date, in Paris time', async () => {
    const { data } = await server.gql(DASHBOARD, { slug: territory.slug, asOf: '2026-11-30T10:00:00Z' });
    expect(data.roadmapDashboard.semester).toEqual({
      from: '2026-05-29T22:00:00.000Z',
      to: '2026-11-30T10:00:00.000Z',
      label: 'du 30 mai au 30 novembre 2026',
    });
    expect((await server.gql(DASHBOARD, { slug: 'pas-un-territoire' })).data.roadmapDashboard).toBeNull();
  });

  it('gives progress per theme and orientation as the orientations define it', async () => {
    const { themes } = await dashboard();
    expect(themes.map((t: any) => t.theme)).toEqual(['YOUTH', 'HOUSING']);
    const [youth, housing] = themes;
    expect(youth.statusCounts).toEqual({ notStarted: 1, inProgress: 2, done: 1, abandoned: 0, total: 4 });
    expect(youth.progress).toBeCloseTo((1 + 2 / 2) / 4);
    expect(youth.orientations).toHaveLength(1);
    expect(youth.orientations[0]).toMatchObject({ number: 1, statusCounts: { done: 1, total: 4 } });
    expect(youth.orientations[0].progress).toBeCloseTo(youth.progress);
    expect(housing.statusCounts).toMatchObject({ inProgress: 1, abandoned: 1, total: 2 });
    expect(housing.progress).toBeCloseTo(0.5);
    expect(housing.orientations[0].statusCounts).toEqual({ done: 0, total: 2 });
  });

  it('lists the open actions with no update for six months, the oldest first, with their network', async () => {
    const { staleActions } = await dashboard();
    expect(staleActions.map((s: any) => [s.action.id, s.everUpdated])).toEqual([
      [actions.neverUpdated, false],
      [actions.oldUpdate, true],
    ]);
    expect(staleActions[1].action.network.slug).toBe(net.animator.network.slug);
    const age = (at: string) => Math.round((Date.now() - Date.parse(at)) / 86_400_000);
    expect(staleActions.map((s: any) => age(s.lastUpdateAt))).toEqual([240, 210]);
  });

  it("counts each network's semester: meetings held and attendance, agenda items and outcomes, trainings and registrations", async () => {
    const { networkActivity } = await dashboard();
    const of = (slug: string) => networkActivity.find((a: any) => a.network.slug === slug);
    expect(networkActivity).toHaveLength(2);
    expect(of(net.animator.network.slug)).toMatchObject({
      meetingsHeld: 1,
      invitations: held.invitations,
      invitationsAnswered: 1,
      attended: 1,
      agendaItemsReviewed: 2,
      outcomesRecorded: 1,
      trainings: 1,
      confirmedRegistrations: 2,
    });
    expect(held.invitations).toBeGreaterThanOrEqual(2);
    expect(of(quiet.animator.network.slug)).toMatchObject({ meetingsHeld: 0, invitations: 0, trainings: 0 });
  });

  it('shows what comes next: public meetings and public training sessions only, by date', async () => {
    const { upcoming } = await dashboard();
    expect(upcoming.map((u: any) => [u.kind, u.meeting?.id ?? u.training?.id])).toEqual([
      ['MEETING', publicMeeting.id],
      ['TRAINING_SESSION', publicTraining.id],
    ]);
    expect(upcoming[0].networks).toEqual([{ slug: net.animator.network.slug }]);
  });

  it('lists per theme the communes no service reaches: based there, serving them, or itinerant through them', async () => {
    const { coverage } = await dashboard();
    const of = (theme: string) => coverage.find((c: any) => c.theme === theme);
    expect(coverage).toHaveLength(7);
    const [, , third] = territory.communes;
    expect(of('YOUTH')).toEqual({ theme: 'YOUTH', reachedCount: 2, communeCount: 3, unreachedCommunes: [third] });
    expect(of('SOCIAL_LIFE')).toMatchObject({ reachedCount: 3, unreachedCommunes: [] });
    expect(of('PARENTING')).toMatchObject({ reachedCount: 0, communeCount: 3 });
    expect(of('PARENTING').unreachedCommunes.map((c: any) => c.name)).toEqual(territory.communes.map((c) => c.name));
  });

  it('reads the whole dashboard in a fixed number of statements, whatever the activity', async () => {
    const headers = await signIn(server, DEMO.admin);
    const count = async () => {
      server.statements.length = 0;
      await dashboard(headers);
      const kept = server.statements.filter((s) => !/\b(session|rate_limit)\b/.test(s));
      if (process.env.SHOW_SQL) console.log(kept.map((s) => s.slice(0, 200)).join('\n'));
      return kept.length;
    };
    const before = await count();
    const more = await networkIn(server, territory.id);
    await heldMeeting(more, server, 10);
    await pastTraining(more, server, 10);
    await meetingToCome(more, server, 3, true);
    const after = await count();
    expect(after).toBe(before);
    expect(after).toBeLessThanOrEqual(16);
  });
});
