import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Organization } from '../../directory/organization.entity';
import { Person } from '../../directory/person.entity';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import type { Actor } from '../../shared/actor';
import { loadAll, loadRef } from '../../shared/load';
import { Meeting } from '../meeting.entity';
import { canEditAgendaItem } from '../meeting.policy';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemReview } from './agenda-item-review.entity';
import { AgendaItemStatus, OpinionKind } from './agenda.enums';
import { AgendaItemInput } from './agenda.inputs';
import * as agenda from './agenda.service';
import { publishAgenda } from './agenda-publication';
import { recordOutcome } from './agenda-outcome.service';

@ObjectType({ description: 'What the viewer may do with an agenda item: the client offers the actions from this.' })
export class AgendaItemPermissions {
  @Field({ description: 'Edit it (its managers; its proposer while it awaits review).' })
  edit!: boolean;
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Authorized()
  @Mutation(() => AgendaItem, {
    description: "Proposes a point for a meeting's agenda (its networks' members, until its deadline).",
  })
  proposeAgendaItem(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
  ) {
    return agenda.proposeAgendaItem(em, actor, meetingId, input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Edits an item: its managers, or its proposer while it awaits review.' })
  updateAgendaItem(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
  ) {
    return agenda.updateAgendaItem(em, actor, id, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => AgendaItem, {
    description: 'Accepts (at the end of the agenda), defers or rejects a proposal; its proposer is told by mail.',
  })
  reviewAgendaItem(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => AgendaItemStatus) status: AgendaItemStatus,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
  ) {
    return agenda.reviewAgendaItem(em, actor, id, status, comment);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting, { description: 'Moves an accepted item to a 0-based position; the others close up.' })
  moveAgendaItem(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
  ) {
    return agenda.moveAgendaItem(em, actor, id, position);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting, { description: 'Fixes the agenda and mails it to the invitees (again after a change).' })
  publishAgenda(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('meetingId', () => ID) meetingId: string) {
    return publishAgenda(em, actor, meetingId);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => AgendaItem, { description: 'What was said or decided on an item, once the meeting has started.' })
  recordOutcome(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('agendaItemId', () => ID) agendaItemId: string,
    @Arg('outcome', () => String) outcome: string,
    @Arg('opinion', () => OpinionKind, { nullable: true, description: 'For an OPINION item.' }) opinion: OpinionKind | null,
  ) {
    return recordOutcome(em, actor, agendaItemId, outcome, opinion);
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() item: AgendaItem) {
    return loadRef(item.meeting);
  }

  @FieldResolver(() => Int, { description: 'Place among the accepted items (0-based); -1 for the others.' })
  position(@Root() item: AgendaItem) {
    return item.position ?? -1;
  }

  @FieldResolver(() => Person, { nullable: true })
  proposedBy(@Root() item: AgendaItem) {
    return loadRef(item.proposedBy);
  }

  @FieldResolver(() => Person, { nullable: true })
  presenter(@Root() item: AgendaItem) {
    return loadRef(item.presenter);
  }

  @FieldResolver(() => Person, { nullable: true })
  reviewedBy(@Root() item: AgendaItem) {
    return loadRef(item.reviewedBy);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The structure it is about.' })
  organization(@Root() item: AgendaItem) {
    return loadRef(item.organization);
  }

  @FieldResolver(() => [AgendaItemReview], { description: 'Its reviews, oldest first (a carried item: see carriedFrom).' })
  history(@Root() item: AgendaItem) {
    return loadAll(item.reviews);
  }

  @FieldResolver(() => AgendaItemPermissions)
  async viewerCan(@Root() item: AgendaItem, @Ctx() { actor }: Context): Promise<AgendaItemPermissions> {
    const meeting = await loadRef(item.meeting);
    return { edit: meeting !== null && (await canEditAgendaItem(actor, item, meeting)) };
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The deferred item it continues, at an earlier meeting.' })
  carriedFrom(@Root() item: AgendaItem) {
    return loadRef(item.carriedFrom);
  }
}
