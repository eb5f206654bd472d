import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity';
import { Theme } from '../directory/directory.enums';
import type { Organization } from '../directory/organization.entity';
import type { Territory } from '../directory/territory.entity';
import { Meeting } from '../meetings/meeting.entity';
import type { Network } from '../networks/network.entity';
import { ActionOrganizationRole, ActionStatus } from '../roadmap/roadmap.enums';
import { canUpdateRoadmapAction } from '../roadmap/roadmap.policy';
import { RoadmapAction } from '../roadmap/roadmap-action.entity';
import { RoadmapActionOrganization } from '../roadmap/roadmap-action-organization.entity';
import { RoadmapActionUpdate } from '../roadmap/roadmap-action-update.entity';
import { RoadmapObjective } from '../roadmap/roadmap-objective.entity';
import { RoadmapOrientation } from '../roadmap/roadmap-orientation.entity';
import { RoadmapWorkLink } from '../roadmap/roadmap-work-link.entity';
import type { UserActor } from '../shared/actor';
import { parisDateTime } from '../shared/time';
import networksData from './data/networks.json';
import meetingsData from './data/meetings.json';
import roadmapDemo from './data/roadmap-demo.json';
import roadmapData from './data/roadmap.json';
import { dayOf } from './meeting-plan';
import type { SeedNetwork, SeedRoadmap, SeedRoadmapAction, SeedRoadmapDemo } from './seed-data';

export interface RoadmapSeedContext {
  anchor: Date;
  territory: Territory;
  networks: Map<string, Network>;
  organizations: Map<string, Organization>;
  users: Map<string, User>;
}

function fail(problem: string): never {
  throw new Error(`Seed data (roadmap): ${problem}`);
}

const lookup = <T>(map: Map<string, T>, key: string, what: string): T => map.get(key) ?? fail(`unknown ${what} ${key}`);

/** The CTG roadmap of data/roadmap.json, then the demo follow-up of data/roadmap-demo.json. */
export async function seedRoadmap(em: EntityManager, context: RoadmapSeedContext): Promise<void> {
  const actions = new Map<number, RoadmapAction>();
  for (const theme of (roadmapData as SeedRoadmap).themes) {
    if (!Object.values(Theme).includes(theme.theme as Theme)) fail(`unknown theme ${theme.theme}`);
    for (const o of theme.orientations) {
      const orientation = em.create(RoadmapOrientation, {
        territory: context.territory,
        theme: theme.theme as Theme,
        number: o.number,
        title: o.title,
      });
      o.objectives.forEach((ob, position) => {
        const objective = em.create(RoadmapObjective, { orientation, position, title: ob.title, intro: ob.intro ?? null });
        ob.actions.forEach((a, index) => actions.set(a.line, seedAction(em, a, objective, index, context)));
      });
    }
  }
  await seedDemoFollowUp(em, actions, context);
}

function seedAction(
  em: EntityManager,
  data: SeedRoadmapAction,
  objective: RoadmapObjective,
  position: number,
  context: RoadmapSeedContext,
) {
  const action = em.create(RoadmapAction, {
    objective,
    position,
    title: data.title,
    subBullets: data.subBullets ?? [],
    sourceLine: data.line,
    network: data.network ? lookup(context.networks, data.network, 'network') : null,
  });
  const named = [
    ...(data.leads ?? []).map((o) => ({ ...o, role: ActionOrganizationRole.LEAD })),
    ...(data.partners ?? []).map((o) => ({ ...o, role: ActionOrganizationRole.PARTNER })),
  ];
  const seen = new Set<string>();
  for (const { organization, mention, role } of named) {
    if (seen.has(organization)) fail(`organisation ${organization} named twice at line ${data.line}`);
    seen.add(organization);
    em.create(RoadmapActionOrganization, {
      action,
      organization: lookup(context.organizations, organization, 'organisation'),
      role,
      mention,
    });
  }
  return action;
}

/** Demo statuses, dated updates and links to demo meetings: each author may update the action. */
async function seedDemoFollowUp(em: EntityManager, actions: Map<number, RoadmapAction>, context: RoadmapSeedContext) {
  const titles = new Map(meetingsData.meetings.map((m) => [m.key, m.title]));
  await em.flush();
  for (const entry of (roadmapDemo as SeedRoadmapDemo).actions) {
    const action = actions.get(entry.line) ?? fail(`no action at line ${entry.line}`);
    entry.updates.forEach((update, index) => {
      if (update.week >= 0) fail(`demo update of line ${entry.line} must be in the past`);
      const author = lookup(context.users, update.author, 'demo account');
      if (!canUpdateRoadmapAction(actorOf(author, context.networks), action)) {
        fail(`${update.author} may not update the action at line ${entry.line}`);
      }
      const status = update.status as ActionStatus;
      if (!Object.values(ActionStatus).includes(status)) fail(`unknown status ${update.status}`);
      em.create(RoadmapActionUpdate, {
        action,
        revision: index + 1,
        status,
        comment: update.comment,
        author,
        authorName: author.displayName,
        at: parisDateTime(dayOf(context.anchor, update.week, update.day), '17:00'),
      });
      action.status = status;
      action.revision = index + 1;
    });
    for (const key of entry.meetings) {
      const meeting = await em.findOne(Meeting, { title: lookup(titles, key, 'meeting') });
      if (!meeting) fail(`meeting ${key} was not seeded`);
      em.create(RoadmapWorkLink, { action, meeting, linkedBy: null, linkedAt: meeting.startsAt });
    }
  }
}

/** The author as the policy sees them: their role, and the networks networks.json says they animate. */
function actorOf(user: User, networks: Map<string, Network>): UserActor {
  const animated = (networksData as SeedNetwork[])
    .filter((n) => n.members.some((m) => m.person === user.email && ['ANIMATOR', 'CO_ANIMATOR'].includes(m.role)))
    .map((n) => lookup(networks, n.slug, 'network').id);
  return {
    kind: 'user',
    userId: user.id,
    role: user.role,
    displayName: user.displayName,
    personId: null,
    organizationId: null,
    animatedNetworkIds: new Set(animated),
    memberNetworkIds: new Set(),
  };
}
