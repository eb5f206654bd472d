import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../directory/person.entity';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { loadRef } from '../shared/load';
import { ActionItem } from './action-item.entity';
import * as actionItems from './action-item.service';
import { Meeting } from './meeting.entity';
import { openActionItemsOf } from './action-item-queries';
import { canChangeActionItem } from './meeting.policy';

@ObjectType({ description: 'What the viewer may do with an action: the client offers the actions from this.' })
export class ActionItemPermissions {
  @Field({ description: "Tick it off or reopen it (its owner, the meeting's managers)." })
  markDone!: boolean;
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => ActionItem)
  addActionItem(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('title', () => String) title: string,
    @Arg('ownerId', () => ID, { nullable: true }) ownerId: string | null,
    @Arg('dueOn', () => String, { nullable: true }) dueOn: string | null,
  ) {
    return actionItems.addActionItem(em, actor, meetingId, { title, ownerId, dueOn });
  }

  @Authorized()
  @Mutation(() => ActionItem, { description: 'Ticks an action off (or reopens it): its owner or the animators.' })
  setActionItemDone(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('done', () => Boolean) done: boolean,
  ) {
    return actionItems.setActionItemDone(em, actor, id, done);
  }

  @Authorized()
  @Query(() => [ActionItem], { description: 'Open actions the signed-in person owns, soonest due first (« Mes réunions »).' })
  myActionItems(@Ctx() { em }: Context, @CurrentActor() actor: Actor) {
    return openActionItemsOf(em, actor);
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() item: ActionItem) {
    return loadRef(item.meeting);
  }

  @FieldResolver(() => Person, { nullable: true })
  owner(@Root() item: ActionItem) {
    return loadRef(item.owner);
  }

  @FieldResolver(() => ActionItemPermissions)
  async viewerCan(@Root() item: ActionItem, @Ctx() { actor }: Context): Promise<ActionItemPermissions> {
    return { markDone: await canChangeActionItem(actor, item) };
  }
}
