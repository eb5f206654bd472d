import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Person } from '../directory/person.entity';
import type { Context } from '../graphql/context';
import { Meeting } from './meeting.entity';
import { schedulingConflicts } from './meeting-queries';

@ObjectType({ description: 'Someone the slot would invite who is already expected at another meeting then.' })
export class SchedulingConflict {
  @Field(() => Person)
  person!: Person;

  @Field(() => Meeting)
  meeting!: Meeting;
}

@Resolver(() => SchedulingConflict)
export class SchedulingConflictResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Query(() => [SchedulingConflict], {
    description:
      'For a proposed slot: the people these networks would invite who already have an overlapping meeting, in any network.',
  })
  schedulingConflicts(
    @Ctx() { em, actor }: Context,
    @Arg('networkSlugs', () => [String]) networkSlugs: string[],
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Arg('exceptMeetingId', () => ID, {
      nullable: true,
      description: 'The meeting being moved, which does not conflict with itself.',
    })
    exceptMeetingId: string | null,
  ) {
    return schedulingConflicts(em, actor, { networkSlugs, startsAt, endsAt, exceptMeetingId });
  }
}
