import type { Ref } from '@mikro-orm/core';
import { Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { canReadUser } from '../accounts/account.policy';
import { User } from '../accounts/user.entity';
import { Organization } from '../directory/organization.entity';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import { AgendaItem } from '../meetings/agenda/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { canReadAgendaItem, canReadMeeting } from '../meetings/meeting.policy';
import { Network } from '../networks/network.entity';
import { Training } from '../trainings/training.entity';
import { canReadTraining } from '../trainings/training.policy';
import type { Actor } from '../shared/actor';
import { byName, loadAll, loadRef } from '../shared/load';
import { ActionOrganizationRole } from './roadmap.enums';
import { UpdateRoadmapActionArgs } from './roadmap.inputs';
import { canLinkWork, canReadActionHistory, canUpdateRoadmapAction } from './roadmap.policy';
import { updateRoadmapAction } from './roadmap.service';
import { RoadmapAction } from './roadmap-action.entity';
import { RoadmapActionUpdate } from './roadmap-action-update.entity';
import { RoadmapObjective } from './roadmap-objective.entity';
import { keepMatching } from './roadmap-queries';

@ObjectType({ description: 'What the viewer may do with a roadmap action: the client offers the actions from this.' })
export class RoadmapActionPermissions {
  @Field({ description: 'Change its status and comment on it (animators of its network, the coordination).' })
  update!: boolean;

  @Field({ description: 'Link or unlink the meetings, agenda items and trainings where it was worked on.' })
  linkWork!: boolean;
}

/** Every read of an action's links joins the same relations, so the dataloader sends one query. */
const LINK_RELATIONS = ['meeting', 'agendaItem', 'training'];

/** The meetings (agenda items, trainings) linked to the action that the viewer may read. */
async function workOf<T extends object>(
  action: RoadmapAction,
  target: 'meeting' | 'agendaItem' | 'training',
  canRead: (found: T) => Promise<boolean>,
): Promise<T[]> {
  const links = await loadAll(action.workLinks, LINK_RELATIONS);
  const found = (await Promise.all(links.map((link) => loadRef(link[target] as Ref<T> | null | undefined)))) as Array<T | null>;
  return keepMatching(
    found.filter((item): item is T => item !== null),
    canRead,
  );
}

async function organizationsOf(action: RoadmapAction, role: ActionOrganizationRole) {
  const links = await loadAll(action.organizations, ['organization']);
  const organizations = await Promise.all(links.filter((link) => link.role === role).map((link) => loadRef(link.organization)));
  return byName(organizations as Organization[], (organization) => organization.name);
}

@Resolver(() => RoadmapAction)
export class RoadmapActionResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, {
    description: 'Gives an action a status, with a dated comment in its history (animators of its network, the coordination).',
  })
  updateRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Args(() => UpdateRoadmapActionArgs) args: UpdateRoadmapActionArgs,
  ) {
    return updateRoadmapAction(em, actor, args);
  }

  @FieldResolver(() => RoadmapObjective)
  objective(@Root() action: RoadmapAction) {
    return loadRef(action.objective);
  }

  @FieldResolver(() => Network, { nullable: true, description: 'The network that carries it, whose animators follow it.' })
  network(@Root() action: RoadmapAction) {
    return loadRef(action.network);
  }

  @FieldResolver(() => [Organization], { description: 'The structures that carry it, as the document names them.' })
  leads(@Root() action: RoadmapAction) {
    return organizationsOf(action, ActionOrganizationRole.LEAD);
  }

  @FieldResolver(() => [Organization], { description: 'Other structures its bullet names.' })
  partners(@Root() action: RoadmapAction) {
    return organizationsOf(action, ActionOrganizationRole.PARTNER);
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings where it was worked on, that the viewer may read, by date.' })
  async meetings(@Root() action: RoadmapAction, @Ctx() { actor }: Context) {
    const meetings = await workOf<Meeting>(action, 'meeting', (meeting) => canReadMeeting(actor, meeting));
    return meetings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  @FieldResolver(() => [AgendaItem], { description: 'Agenda items where it was worked on, that the viewer may read.' })
  agendaItems(@Root() action: RoadmapAction, @Ctx() { actor }: Context) {
    return workOf<AgendaItem>(action, 'agendaItem', (item) => canReadAgendaItem(actor, item));
  }

  @FieldResolver(() => [Training], { description: 'Trainings where it was worked on, that the viewer may read.' })
  trainings(@Root() action: RoadmapAction, @Ctx() { actor }: Context) {
    return workOf<Training>(action, 'training', (training) => canReadTraining(actor, training));
  }

  @FieldResolver(() => [RoadmapActionUpdate], {
    description: 'Its history, oldest first: for signed-in users (empty for anonymous visitors).',
  })
  async updates(@Root() action: RoadmapAction, @Ctx() { actor }: Context) {
    return canReadActionHistory(actor) ? loadAll(action.updates) : [];
  }

  @FieldResolver(() => RoadmapActionPermissions, { description: 'What the viewer may do with this action.' })
  viewerCan(@Root() action: RoadmapAction, @Ctx() { actor }: Context): RoadmapActionPermissions {
    return { update: canUpdateRoadmapAction(actor, action), linkWork: canLinkWork(actor, action) };
  }
}

@Resolver(() => RoadmapActionUpdate)
export class RoadmapActionUpdateResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Its author’s account, for those who may read accounts (authorName for everyone else).',
  })
  author(@Root() update: RoadmapActionUpdate, @Ctx() { actor }: Context) {
    return update.author && canReadUser(actor, { id: update.author.id }) ? loadRef(update.author) : null;
  }
}
