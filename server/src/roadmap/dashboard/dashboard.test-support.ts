import { Territory } from '../../directory/territory.entity';
import { Theme } from '../../directory/directory.enums';
import { Network } from '../../networks/network.entity';
import { newId } from '../../shared/ids';
import { uniqueTag } from '../../../test/factories';
import type { TestServer } from '../../../test/test-server';
import { createTraining, networkWithMember, REGISTER } from '../../trainings/trainings.test-support';
import { RoadmapAction } from '../roadmap-action.entity';
import { RoadmapObjective } from '../roadmap-objective.entity';
import { RoadmapOrientation } from '../roadmap-orientation.entity';

/** The dashboard tests' own territory, networks, meetings, trainings, roadmap and communes. */

export const DAY = 24 * 3600_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function ok(server: TestServer, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(query, variables, headers);
  if (response.errors) throw new Error(`${response.errors[0].message} (${JSON.stringify(response.errors[0].extensions)})`);
  return response.data;
}

/** A territory of the file's own with three communes (codes unique to the run). */
export async function createTerritory(server: TestServer) {
  const tag = uniqueTag();
  const em = server.orm.em.fork();
  const slug = `tableau-${tag}`.toLowerCase();
  const id = newId('Territory');
  await em.execute(`insert into territory (id, slug, name) values (?, ?, ?)`, [id, slug, `Territoire du tableau ${tag}`]);
  const code = (n: number) => `T${tag.slice(-4)}${n}`;
  const communes = ['Aubenasson', 'Barcelonne', 'Chabrillan'].map((name, i) => ({ inseeCode: code(i), name: `${name} ${tag}` }));
  for (const c of communes)
    await em.execute(`insert into commune (insee_code, name, territory_id) values (?, ?, ?)`, [c.inseeCode, c.name, id]);
  return { id, slug, communes };
}

/** A network (with its animator's account) and a partner member, moved into the territory. */
export async function networkIn(server: TestServer, territoryId: string) {
  const created = await networkWithMember(server);
  await server.orm.em
    .fork()
    .execute(`update network set territory_id = ? where id = ?`, [territoryId, created.animator.network.id]);
  return created;
}

type Network_ = Awaited<ReturnType<typeof networkIn>>;

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id invitations { id person { id } } } }`;
const PROPOSE = `mutation($m: ID!, $input: AgendaItemInput!) { proposeAgendaItem(meetingId: $m, input: $input) { id } }`;
const REVIEW = `mutation($id: ID!, $status: AgendaItemStatus!) { reviewAgendaItem(id: $id, status: $status) { id } }`;
const OUTCOME = `mutation($id: ID!, $outcome: String!) { recordOutcome(agendaItemId: $id, outcome: $outcome) { id } }`;
const RESPOND = `mutation($id: ID!, $r: RsvpResponse!) { respondToInvitation(meetingId: $id, response: $r) { id } }`;
const ATTEND = `mutation($id: ID!) { recordAttendance(invitationId: $id, attended: true) { id } }`;

const slotIn = (days: number) => {
  const start = new Date(Date.now() + days * DAY);
  start.setUTCHours(8, 0, 0, 0);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString() };
};

/** Moves a meeting the test made to `days` ago (a meeting cannot be prepared in the past through the API). */
async function moveMeeting(server: TestServer, id: string, daysBack: number) {
  const start = daysAgo(daysBack);
  await server.orm.em
    .fork()
    .execute(`update meeting set starts_at = ?, ends_at = ? where id = ?`, [start, new Date(start.getTime() + 2 * 3600_000), id]);
}

/**
 * A meeting of the network held `daysBack` days ago: the member answered yes and attended; three
 * items proposed, two accepted (one decision with its outcome recorded), one rejected.
 */
export async function heldMeeting({ animator, member }: Network_, server: TestServer, daysBack: number) {
  const headers = animator.account.headers;
  const input = { networkSlugs: [animator.network.slug], title: 'Réunion du réseau', kind: 'NETWORK_MEETING', ...slotIn(20) };
  const meeting = (await ok(server, SCHEDULE, { input }, headers)).scheduleMeeting;
  const item = async (title: string, kind: string, status: string) => {
    const id = (await ok(server, PROPOSE, { m: meeting.id, input: { title, kind, durationMinutes: 20 } }, headers))
      .proposeAgendaItem.id;
    await ok(server, REVIEW, { id, status }, headers);
    return id;
  };
  const decision = await item('Choisir le lieu du forum', 'DECISION', 'ACCEPTED');
  await item('Nouvelles des structures', 'INFORMATION', 'ACCEPTED');
  await item('Un point hors sujet', 'DISCUSSION', 'REJECTED');
  await ok(server, RESPOND, { id: meeting.id, r: 'YES' }, member.account.headers);
  await moveMeeting(server, meeting.id, daysBack);
  const invitation = meeting.invitations.find((i: any) => i.person.id === member.person.id);
  await ok(server, ATTEND, { id: invitation.id }, headers);
  await ok(server, OUTCOME, { id: decision, outcome: 'Le forum aura lieu à Crest.' }, headers);
  return { id: meeting.id, invitations: meeting.invitations.length };
}

/** A meeting of the network called off, dated `daysBack` days ago: not held, not counted. */
export async function cancelledMeeting({ animator }: Network_, server: TestServer, daysBack: number) {
  const input = { networkSlugs: [animator.network.slug], title: 'Réunion annulée', kind: 'NETWORK_MEETING', ...slotIn(20) };
  const meeting = (await ok(server, SCHEDULE, { input }, animator.account.headers)).scheduleMeeting;
  await ok(
    server,
    `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Salle indisponible") { id } }`,
    { id: meeting.id },
    animator.account.headers,
  );
  await moveMeeting(server, meeting.id, daysBack);
}

/** A meeting to come, public or not. */
export async function meetingToCome({ animator }: Network_, server: TestServer, days: number, isPublic: boolean) {
  const input = {
    networkSlugs: [animator.network.slug],
    title: `Réunion à venir ${uniqueTag()}`,
    kind: 'NETWORK_MEETING',
    isPublic,
  };
  return (await ok(server, SCHEDULE, { input: { ...input, ...slotIn(days) } }, animator.account.headers)).scheduleMeeting;
}

/** A training of the network with two confirmed registrations (one given back), its session moved `daysBack` days ago. */
export async function pastTraining({ animator, member }: Network_, server: TestServer, daysBack: number) {
  const headers = animator.account.headers;
  const training = await createTraining(server, headers, [animator.network.slug]);
  for (const person of [animator.person, member.person]) await ok(server, REGISTER, { t: training.id, p: person.id }, headers);
  await server.orm.em
    .fork()
    .execute(`update training_session set starts_at = ?, ends_at = ? where training_id = ?`, [
      daysAgo(daysBack),
      new Date(daysAgo(daysBack).getTime() + 3 * 3600_000),
      training.id,
    ]);
  return training;
}

/**
 * A roadmap of the territory: YOUTH orientation 1 with four actions of the network (updated 7
 * months ago, updated 1 month ago, never updated since entering the roadmap 8 months ago, done long
 * ago) and HOUSING orientation 1 with an in-progress and an abandoned action.
 */
export async function roadmapOf(server: TestServer, territoryId: string, networkId: string) {
  const em = server.orm.em.fork();
  const territory = em.getReference(Territory, territoryId);
  const network = em.getReference(Network, networkId);
  const orientation = (theme: Theme) =>
    em.create(RoadmapOrientation, { territory, theme, number: 1, title: `Orientation ${theme}` });
  const youth = em.create(RoadmapObjective, { orientation: orientation(Theme.YOUTH), position: 0, title: 'Objectif jeunesse' });
  const housing = em.create(RoadmapObjective, {
    orientation: orientation(Theme.HOUSING),
    position: 0,
    title: 'Objectif logement',
  });
  const action = (objective: RoadmapObjective, position: number, title: string) =>
    em.create(RoadmapAction, { objective, position, title, network, sourceLine: 100 + position });
  const actions = {
    oldUpdate: action(youth, 0, 'Action mise à jour il y a sept mois'),
    recentUpdate: action(youth, 1, 'Action mise à jour le mois dernier'),
    neverUpdated: action(youth, 2, 'Action jamais mise à jour'),
    done: action(youth, 3, 'Action réalisée'),
    housingInProgress: action(housing, 0, 'Action logement en cours'),
    housingAbandoned: action(housing, 1, 'Action logement abandonnée'),
  };
  await em.flush();
  // Every action entered the roadmap 8 months ago.
  await em.execute(`update roadmap_action set created_at = ? where id in (?)`, [
    daysAgo(240),
    Object.values(actions).map((a) => a.id),
  ]);
  return Object.fromEntries(Object.entries(actions).map(([key, a]) => [key, a.id])) as Record<keyof typeof actions, string>;
}

/** The test's own update of an action, dated `daysBack` days ago. */
export async function updatedAction(
  server: TestServer,
  headers: Record<string, string>,
  id: string,
  status: string,
  daysBack: number,
) {
  const UPDATE = `mutation($id: ID!, $status: ActionStatus!, $comment: String) { updateRoadmapAction(id: $id, status: $status, comment: $comment) { id } }`;
  await ok(server, UPDATE, { id, status, comment: `Point d'étape ${status}` }, headers);
  await server.orm.em.fork().execute(`update roadmap_action_update set at = ? where action_id = ?`, [daysAgo(daysBack), id]);
}
