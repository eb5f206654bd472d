import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import type { Actor } from '../../shared/actor';
import { AvoidPeriod } from './avoid-period.entity';
import { AvoidPeriodInput } from './avoid-period.inputs';
import * as periods from './avoid-period.service';

@Resolver(() => AvoidPeriod)
export class AvoidPeriodResolver {
  @Authorized()
  @Query(() => [AvoidPeriod], { description: 'Periods to avoid that meet the days from `from` to `to` (yyyy-MM-dd, included).' })
  avoidPeriods(@Ctx() { em, actor }: Context, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string) {
    return periods.listAvoidPeriods(em, actor, from, to);
  }

  @Authorized('ADMIN')
  @Mutation(() => AvoidPeriod)
  addAvoidPeriod(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('input', () => AvoidPeriodInput) input: AvoidPeriodInput,
  ) {
    return periods.addAvoidPeriod(em, actor, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => AvoidPeriod)
  removeAvoidPeriod(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return periods.removeAvoidPeriod(em, actor, id);
  }
}
