import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Territory } from '../../directory/territory.entity';
import type { Context } from '../../graphql/context';
import { NetworkActivity, RoadmapDashboard, StaleAction, ThemeCoverage, ThemeProgress, UpcomingEvent } from './dashboard.types';
import { networkActivity, staleActions, themeCoverage, themeProgress, upcomingEvents } from './dashboard-queries';
import { semesterUpTo } from './dashboard-period';

/** Each part is read only when asked for: the client's page and the one-page report ask for all. */
@Resolver(() => RoadmapDashboard)
export class RoadmapDashboardResolver {
  @Query(() => RoadmapDashboard, {
    nullable: true,
    description:
      "The steering committee's dashboard of a territory's roadmap (null for an unknown territory). Public like the roadmap: figures and public events only.",
  })
  async roadmapDashboard(
    @Ctx() { em }: Context,
    @Arg('territorySlug') territorySlug: string,
    @Arg('asOf', () => Date, { nullable: true, description: 'The date the figures are given at; now when absent.' })
    asOf: Date | null,
  ): Promise<RoadmapDashboard | null> {
    const territory = await em.findOne(Territory, { slug: territorySlug });
    if (!territory) return null;
    const at = asOf ?? new Date();
    return { territory, asOf: at, semester: semesterUpTo(at) };
  }

  @FieldResolver(() => [ThemeProgress], { description: 'Per theme with orientations, in the document’s order.' })
  themes(@Root() dashboard: RoadmapDashboard, @Ctx() { em }: Context) {
    return themeProgress(em, dashboard.territory.id);
  }

  @FieldResolver(() => [StaleAction], {
    description: 'Open actions (not started or in progress) with no update since the semester’s start, oldest first.',
  })
  staleActions(@Root() dashboard: RoadmapDashboard, @Ctx() { em }: Context) {
    return staleActions(em, dashboard.territory.id, dashboard.semester.from);
  }

  @FieldResolver(() => [NetworkActivity], { description: 'Each network of the territory over the semester, by name.' })
  networkActivity(@Root() dashboard: RoadmapDashboard, @Ctx() { em }: Context) {
    return networkActivity(em, dashboard.territory.id, dashboard.semester);
  }

  @FieldResolver(() => [UpcomingEvent], { description: 'The next public meetings and training sessions (a handful), by date.' })
  upcoming(@Root() dashboard: RoadmapDashboard, @Ctx() { em }: Context) {
    return upcomingEvents(em, dashboard.territory.id, dashboard.asOf);
  }

  @FieldResolver(() => [ThemeCoverage], { description: 'Per theme (all seven), the communes no service of the theme reaches.' })
  coverage(@Root() dashboard: RoadmapDashboard, @Ctx() { em }: Context) {
    return themeCoverage(em, dashboard.territory.id);
  }
}
