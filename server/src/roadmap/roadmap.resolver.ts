import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Theme } from '../directory/directory.enums';
import { Territory } from '../directory/territory.entity';
import type { Context } from '../graphql/context';
import { loadAll, loadRef } from '../shared/load';
import { RoadmapFilter } from './roadmap.inputs';
import { RoadmapAction } from './roadmap-action.entity';
import { RoadmapObjective } from './roadmap-objective.entity';
import { RoadmapOrientation } from './roadmap-orientation.entity';
import { actionMatcher, keepMatching, matchingActions, progressOf, roadmapOrientations, statusCountsOf } from './roadmap-queries';

@ObjectType({ description: 'How many actions of an orientation are in each status.' })
export class RoadmapStatusCounts {
  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  abandoned!: number;

  @Field(() => Int, { description: 'All its actions, abandoned ones included.' })
  total!: number;
}

const FILTER_DESCRIPTION = 'The same filter as the roadmap query, to prune the tree alike.';

@Resolver(() => RoadmapOrientation)
export class RoadmapOrientationResolver {
  @Query(() => [RoadmapOrientation], {
    description: "The CTG roadmap: every orientation of a theme (all themes without one), in the document's order.",
  })
  roadmap(
    @Ctx() { em }: Context,
    @Arg('theme', () => Theme, { nullable: true }) theme: Theme | null,
    @Arg('filter', () => RoadmapFilter, { nullable: true, description: 'Only the orientations with matching actions.' })
    filter: RoadmapFilter | null,
  ) {
    return roadmapOrientations(em, theme, filter);
  }

  @Query(() => RoadmapAction, { nullable: true, description: 'One action of the roadmap.' })
  roadmapAction(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(RoadmapAction, { id });
  }

  @FieldResolver(() => [RoadmapObjective])
  async objectives(
    @Root() orientation: RoadmapOrientation,
    @Ctx() { em }: Context,
    @Arg('filter', () => RoadmapFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: RoadmapFilter | null,
  ) {
    const objectives = await loadAll(orientation.objectives);
    const matcher = await actionMatcher(em, filter);
    if (!matcher) return objectives;
    return keepMatching(
      objectives,
      async (objective) => (await keepMatching(await loadAll(objective.actions), matcher)).length > 0,
    );
  }

  @FieldResolver(() => Float, {
    description:
      'Share of its actions achieved, from 0 to 1: a DONE action counts 1, an IN_PROGRESS one ½, a NOT_STARTED one 0, and ABANDONED actions are left out of the count; 0 when no action is left.',
  })
  async progress(@Root() orientation: RoadmapOrientation, @Ctx() { em }: Context) {
    return progressOf(await statusCountsOf(em, orientation.id));
  }

  @FieldResolver(() => RoadmapStatusCounts, { description: 'How many of its actions are in each status.' })
  async statusCounts(@Root() orientation: RoadmapOrientation, @Ctx() { em }: Context): Promise<RoadmapStatusCounts> {
    const counts = await statusCountsOf(em, orientation.id);
    return { ...counts, total: counts.notStarted + counts.inProgress + counts.done + counts.abandoned };
  }

  @FieldResolver(() => Territory)
  territory(@Root() orientation: RoadmapOrientation) {
    return loadRef(orientation.territory);
  }
}

@Resolver(() => RoadmapObjective)
export class RoadmapObjectiveResolver {
  @FieldResolver(() => RoadmapOrientation)
  orientation(@Root() objective: RoadmapObjective) {
    return loadRef(objective.orientation);
  }

  @FieldResolver(() => [RoadmapAction])
  async actions(
    @Root() objective: RoadmapObjective,
    @Ctx() { em }: Context,
    @Arg('filter', () => RoadmapFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: RoadmapFilter | null,
  ) {
    return matchingActions(em, await loadAll(objective.actions), filter);
  }
}
