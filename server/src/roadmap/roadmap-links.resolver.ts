import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import { AgendaItem } from '../meetings/agenda/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Training } from '../trainings/training.entity';
import type { Actor } from '../shared/actor';
import { RoadmapAction } from './roadmap-action.entity';
import { actionsWorkedOnAt } from './roadmap-work-reads';
import * as links from './roadmap-links.service';

@Resolver(() => RoadmapAction)
export class RoadmapLinksResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, { description: 'Records that a meeting worked on a roadmap action (once).' })
  linkMeetingToRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('actionId', () => ID) actionId: string,
  ) {
    return links.linkMeeting(em, actor, meetingId, actionId);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, { description: 'Removes the link between a meeting and a roadmap action.' })
  unlinkMeetingFromRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('actionId', () => ID) actionId: string,
  ) {
    return links.unlinkMeeting(em, actor, meetingId, actionId);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, { description: 'Records that an agenda item worked on a roadmap action (once).' })
  linkAgendaItemToRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('agendaItemId', () => ID) agendaItemId: string,
    @Arg('actionId', () => ID) actionId: string,
  ) {
    return links.linkAgendaItem(em, actor, agendaItemId, actionId);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, { description: 'Removes the link between an agenda item and a roadmap action.' })
  unlinkAgendaItemFromRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('agendaItemId', () => ID) agendaItemId: string,
    @Arg('actionId', () => ID) actionId: string,
  ) {
    return links.unlinkAgendaItem(em, actor, agendaItemId, actionId);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, { description: 'Records that a training worked on a roadmap action (once).' })
  linkTrainingToRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('trainingId', () => ID) trainingId: string,
    @Arg('actionId', () => ID) actionId: string,
  ) {
    return links.linkTraining(em, actor, trainingId, actionId);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => RoadmapAction, { description: 'Removes the link between a training and a roadmap action.' })
  unlinkTrainingFromRoadmapAction(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('trainingId', () => ID) trainingId: string,
    @Arg('actionId', () => ID) actionId: string,
  ) {
    return links.unlinkTraining(em, actor, trainingId, actionId);
  }
}

@Resolver(() => Meeting)
export class MeetingRoadmapResolver {
  @FieldResolver(() => [RoadmapAction], { description: 'Roadmap actions this meeting worked on.' })
  roadmapActions(@Root() meeting: Meeting, @Ctx() { em }: Context) {
    return actionsWorkedOnAt(em, 'meeting', meeting.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemRoadmapResolver {
  @FieldResolver(() => [RoadmapAction], { description: 'Roadmap actions this agenda item worked on.' })
  roadmapActions(@Root() item: AgendaItem, @Ctx() { em }: Context) {
    return actionsWorkedOnAt(em, 'agendaItem', item.id);
  }
}

@Resolver(() => Training)
export class TrainingRoadmapResolver {
  @FieldResolver(() => [RoadmapAction], { description: 'Roadmap actions this training worked on.' })
  roadmapActions(@Root() training: Training, @Ctx() { em }: Context) {
    return actionsWorkedOnAt(em, 'training', training.id);
  }
}
