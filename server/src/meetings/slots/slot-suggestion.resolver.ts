import { Args, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { SchedulingConflict } from '../scheduling-conflict.resolver';
import { suggestedSlots, SuggestedSlotsArgs } from './slot-suggestions';

@ObjectType({ description: 'A working-hours slot, with the people it would invite who are already expected elsewhere then.' })
export class SlotSuggestion {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => Int, { description: 'How many different invitees are busy then.' })
  busyCount!: number;

  @Field(() => [SchedulingConflict])
  busy!: SchedulingConflict[];
}

@Resolver(() => SlotSuggestion)
export class SlotSuggestionResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Query(() => [SlotSuggestion], {
    description:
      'Slots in working hours (Paris, Monday–Friday, 9:00–12:30 and 14:00–17:30, every 30 minutes), without public holidays nor ' +
      'the periods to avoid (school holidays only when asked), where the fewest invitees of these networks are busy; earliest first among equals.',
  })
  suggestedSlots(@Ctx() { em, actor }: Context, @Args(() => SuggestedSlotsArgs) args: SuggestedSlotsArgs) {
    return suggestedSlots(em, actor, args);
  }
}
