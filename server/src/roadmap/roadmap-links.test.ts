import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnimator } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { createTraining } from '../trainings/trainings.test-support';
import { createRoadmapActions } from './roadmap.test-support';

let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  admin = await signIn(server, DEMO.admin);
});
afterAll(() => server?.close());

async function gqlOk(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(query, variables, headers);
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data;
}

function slot(days: number) {
  const start = new Date(Date.UTC(2032, 4, 10 + days, 8));
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString() };
}

async function meetingOf(headers: Record<string, string>, networkSlug: string, days: number, isPublic = false) {
  const input = {
    title: `Réunion de suivi ${days}`,
    kind: 'NETWORK_MEETING',
    networkSlugs: [networkSlug],
    isPublic,
    ...slot(days),
  };
  return (await gqlOk(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, { input }, headers))
    .scheduleMeeting.id as string;
}

const LINK = `mutation($m: ID!, $a: ID!) { linkMeetingToRoadmapAction(meetingId: $m, actionId: $a) { id meetings { id } } }`;
const UNLINK = `mutation($m: ID!, $a: ID!) { unlinkMeetingFromRoadmapAction(meetingId: $m, actionId: $a) { id meetings { id } } }`;
const WORK = `query($id: ID!) { roadmapAction(id: $id) { meetings { id } agendaItems { id } trainings { id } } }`;

describe('where a roadmap action was worked on', () => {
  it("links a meeting once, shows it on the action (by date) and the action on the meeting; the action's animators unlink it", async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const [later, earlier] = [
      await meetingOf(A.account.headers, A.network.slug, 9),
      await meetingOf(A.account.headers, A.network.slug, 2),
    ];
    await gqlOk(LINK, { m: later, a: actionIds[0] }, A.account.headers);
    await gqlOk(LINK, { m: earlier, a: actionIds[0] }, A.account.headers);
    const again = await gqlOk(LINK, { m: later, a: actionIds[0] }, A.account.headers);
    expect(again.linkMeetingToRoadmapAction.meetings).toEqual([{ id: earlier }, { id: later }]);
    const meeting = await gqlOk(
      `query($id: ID!) { meeting(id: $id) { roadmapActions { id } } }`,
      { id: later },
      A.account.headers,
    );
    expect(meeting.meeting.roadmapActions).toEqual([{ id: actionIds[0] }]);
    const unlinked = await gqlOk(UNLINK, { m: later, a: actionIds[0] }, A.account.headers);
    expect(unlinked.unlinkMeetingFromRoadmapAction.meetings).toEqual([{ id: earlier }]);
  });

  it('refuses those who do not follow the action, and meetings the linker may not read', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const ofB = await meetingOf(B.account.headers, B.network.slug, 3);
    const other = await server.gql(LINK, { m: ofB, a: actionIds[0] }, B.account.headers);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_UPDATE_ACTION' });
    // A private meeting of another network is, for A, a meeting that does not exist.
    const hidden = await server.gql(LINK, { m: ofB, a: actionIds[0] }, A.account.headers);
    expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
    expect((await server.gql(LINK, { m: ofB, a: actionIds[0] }, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows each viewer only the linked meetings they may read', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const privateOne = await meetingOf(A.account.headers, A.network.slug, 4);
    const publicOne = await meetingOf(A.account.headers, A.network.slug, 5, true);
    for (const m of [privateOne, publicOne]) await gqlOk(LINK, { m, a: actionIds[0] }, admin);
    const seen = async (headers: Record<string, string>) =>
      (await gqlOk(WORK, { id: actionIds[0] }, headers)).roadmapAction.meetings.map((m: any) => m.id);
    expect(await seen(A.account.headers)).toEqual([privateOne, publicOne]);
    expect(await seen(B.account.headers)).toEqual([publicOne]);
    expect(await seen({})).toEqual([publicOne]);
  });

  it('links agenda items and trainings as well, each shown to those who may read it', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const meetingId = await meetingOf(A.account.headers, A.network.slug, 30);
    const item = await gqlOk(
      `mutation($m: ID!, $input: AgendaItemInput!) { proposeAgendaItem(meetingId: $m, input: $input) { id } }`,
      { m: meetingId, input: { title: 'Point sur l’action', kind: 'INFORMATION', durationMinutes: 15 } },
      A.account.headers,
    );
    const itemId = item.proposeAgendaItem.id;
    await gqlOk(
      `mutation($i: ID!, $a: ID!) { linkAgendaItemToRoadmapAction(agendaItemId: $i, actionId: $a) { id } }`,
      { i: itemId, a: actionIds[0] },
      A.account.headers,
    );
    const training = await createTraining(server, A.account.headers, [A.network.slug]);
    await gqlOk(
      `mutation($t: ID!, $a: ID!) { linkTrainingToRoadmapAction(trainingId: $t, actionId: $a) { id } }`,
      { t: training.id, a: actionIds[0] },
      A.account.headers,
    );
    expect((await gqlOk(WORK, { id: actionIds[0] }, A.account.headers)).roadmapAction).toEqual({
      meetings: [],
      agendaItems: [{ id: itemId }],
      trainings: [{ id: training.id }],
    });
    // A proposal under review is its proposer's and the animators' only.
    expect((await gqlOk(WORK, { id: actionIds[0] }, B.account.headers)).roadmapAction.agendaItems).toEqual([]);
    const back = await gqlOk(
      `query($i: ID!, $t: ID!) { i: node(id: $i) { ... on AgendaItem { roadmapActions { id } } } t: training(id: $t) { roadmapActions { id } } }`,
      { i: itemId, t: training.id },
      A.account.headers,
    );
    expect(back).toEqual({ i: { roadmapActions: [{ id: actionIds[0] }] }, t: { roadmapActions: [{ id: actionIds[0] }] } });
    const unlinked = await gqlOk(
      `mutation($t: ID!, $a: ID!) { unlinkTrainingFromRoadmapAction(trainingId: $t, actionId: $a) { trainings { id } } }`,
      { t: training.id, a: actionIds[0] },
      A.account.headers,
    );
    expect(unlinked.unlinkTrainingFromRoadmapAction.trainings).toEqual([]);
  });
});
