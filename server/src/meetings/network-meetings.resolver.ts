import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Network } from '../networks/network.entity';
import { canManageMembers, isMemberOf } from '../networks/network.policy';
import { ActionItem } from './action-item.entity';
import { openActionItemsOfNetwork } from './action-item-queries';
import { Meeting } from './meeting.entity';
import { CALENDAR_LIMIT, networkCalendar } from './meeting-queries';
import { canManageNetworks } from './meeting.policy';

@ObjectType({ description: "What the viewer may do with a network's meetings: the client offers the actions from this." })
export class NetworkMeetingPermissions {
  @Field({ description: 'Schedule a meeting of this network (alone, or jointly with other networks).' })
  schedule!: boolean;
}

@Resolver(() => Network)
export class NetworkMeetingsResolver {
  @FieldResolver(() => [Meeting], { description: 'Its meetings the viewer may see, in time order (joint meetings included).' })
  async meetings(
    @Root() network: Network,
    @Ctx() { em, actor }: Context,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
  ) {
    return networkCalendar(em, actor, network.id, { from, to }, CALENDAR_LIMIT);
  }

  @FieldResolver(() => [ActionItem], { description: 'Open follow-up actions of its meetings: for those who take part.' })
  async openActionItems(@Root() network: Network, @Ctx() { em, actor }: Context) {
    if (!canManageMembers(actor, network.id) && !isMemberOf(actor, network.id)) return [];
    return openActionItemsOfNetwork(em, network.id);
  }

  @FieldResolver(() => NetworkMeetingPermissions, { description: "What the viewer may do with this network's meetings." })
  meetingPermissions(@Root() network: Network, @Ctx() { actor }: Context): NetworkMeetingPermissions {
    return { schedule: canManageNetworks(actor, [network.id]) };
  }
}
